using Microsoft.Extensions.DependencyInjection;
using Planner.Board.Deadlines;
using Planner.Board.Deadlines.Commands;

namespace Planner.Board.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers review deadlines and notifications. The host adds the <see cref="INotificationMailer"/>,
    /// the relay from board events and the deadline job.
    /// </summary>
    public static IServiceCollection AddBoardDeadlinesAndNotifications(this IServiceCollection services)
    {
        services.AddScoped<DeadlineQueries>();
        services.AddScoped<SetDeadlineCommand>();
        services.AddSingleton<NotificationFeed>();
        services.AddScoped<ReviewPeople>();
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<DeadlineReminders>();
        services.AddScoped<NotificationDispatcher>();
        services.AddScoped<NotificationInbox>();
        return services;
    }
}
