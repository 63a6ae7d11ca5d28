namespace Planner.Board.People;

public enum AccountEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    PasswordSet,
    TwoFactorEnabled,
    TwoFactorDisabled,
}
