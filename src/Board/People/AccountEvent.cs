namespace Planner.Board.People;

/// <summary>
/// A security-relevant event on an account (sign-in, failure, lockout, two-factor changes, password
/// set). Kept as rows of the board database so that each one is in the hash-chained audit log too.
/// </summary>
public sealed class AccountEvent
{
    private AccountEvent()
    {
    }

    public AccountEvent(Guid? userId, AccountEventKind kind, string detail, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Kind = kind;
        Detail = detail.Length > 300 ? detail[..300] : detail;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid? UserId { get; private set; }

    public AccountEventKind Kind { get; private set; }

    /// <summary>E.g. the e-mail address tried, for a failed sign-in of an unknown account.</summary>
    public string Detail { get; private set; } = "";

    public DateTimeOffset At { get; private set; }
}
