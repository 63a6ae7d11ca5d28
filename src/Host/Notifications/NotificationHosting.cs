using Planner.Board.Notifications;
using Planner.Host.Mail;

namespace Planner.Host.Notifications;

public static class NotificationHosting
{
    /// <summary>
    /// Notifications in the app and by e-mail, and the deadline job. In Development, when no mail
    /// is configured, mail goes to <c>{DataFolder}/mail</c> as .eml files, so e-mail works with no
    /// mail server and can be read there.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, string dataFolder, bool isDevelopment)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section);
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).PostConfigure(mail =>
        {
            if (isDevelopment && !mail.IsConfigured)
            {
                mail.PickupFolder = Path.Combine(dataFolder, "mail");
            }
        });
        services.AddSingleton<Mailer>();
        services.AddScoped<EmailNotificationMailer>();
        services.AddScoped<INotificationMailer>(sp => sp.GetRequiredService<EmailNotificationMailer>());
        services.AddHostedService<NotificationRelay>();
        services.AddSingleton<DeadlineReminderJob>();
        services.AddHostedService(sp => sp.GetRequiredService<DeadlineReminderJob>());
        return services;
    }
}
