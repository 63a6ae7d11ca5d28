using Planner.Board.Convention;

namespace Planner.Board.Notifications;

/// <summary>
/// One person's choices: which kinds they get in the app and by e-mail, and the language of their
/// e-mails (one of the six). Someone who never chose gets everything, both ways, in English.
/// </summary>
public sealed class NotificationSettings
{
    private NotificationSettings()
    {
    }

    public NotificationSettings(Guid userId)
    {
        UserId = userId;
        InApp = All;
        Email = All;
        Language = "en";
    }

    public Guid UserId { get; private set; }

    /// <summary>Two-letter code of one of the six UN languages.</summary>
    public string Language { get; private set; } = "en";

    // Kinds are kept as their names, comma-separated: readable in the audit log and safe if kinds are added.
    public string InApp { get; private set; } = "";

    public string Email { get; private set; } = "";

    public IReadOnlySet<NotificationKind> InAppKinds => Parse(InApp);

    public IReadOnlySet<NotificationKind> EmailKinds => Parse(Email);

    public bool WantsInApp(NotificationKind kind) => InAppKinds.Contains(kind);

    public bool WantsEmail(NotificationKind kind) => EmailKinds.Contains(kind);

    public void Choose(IEnumerable<NotificationKind> inApp, IEnumerable<NotificationKind> email, string language)
    {
        ArgumentNullException.ThrowIfNull(inApp);
        ArgumentNullException.ThrowIfNull(email);
        InApp = Format(inApp);
        Email = Format(email);
        Language = UnLanguages.Normalize(language);
    }

    private static string All => Format(Enum.GetValues<NotificationKind>());

    private static string Format(IEnumerable<NotificationKind> kinds) =>
        string.Join(',', kinds.Where(Enum.IsDefined).Distinct().Order());

    private static HashSet<NotificationKind> Parse(string kinds) =>
        kinds.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => Enum.TryParse<NotificationKind>(k, out var kind) ? kind : (NotificationKind?)null)
            .OfType<NotificationKind>().ToHashSet();
}
