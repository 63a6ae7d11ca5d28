namespace Planner.Host.Notifications;

/// <summary>"Planner:Notifications": when deadline reminders go out and what links in e-mails point to.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Planner:Notifications";

    /// <summary>How many days before a deadline people are reminded of it.</summary>
    public int ReminderDaysBefore { get; set; } = 7;

    /// <summary>How often the deadline job looks for approaching and overdue deadlines.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The address people open Planner at, for the links in e-mails.</summary>
    public Uri PublicUrl { get; set; } = new("http://localhost:5125/");
}
