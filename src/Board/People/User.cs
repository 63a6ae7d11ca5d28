namespace Planner.Board.People;

/// <summary>A person who signs in. What they may do depends on their role on each review.</summary>
public sealed class User
{
    private User()
    {
    }

    public User(Guid id, string displayName, string email, bool isSecretariat)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        Id = id;
        DisplayName = displayName.Trim();
        Email = email.Trim().ToLowerInvariant();
        IsSecretariat = isSecretariat;
    }

    public Guid Id { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Email { get; private set; } = "";

    /// <summary>Secretariat staff act on every review.</summary>
    public bool IsSecretariat { get; private set; }
}
