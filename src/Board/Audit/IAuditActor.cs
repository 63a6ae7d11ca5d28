namespace Planner.Board.Audit;

/// <summary>Who is making the changes being saved in this scope; the audit log records them against this person.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }

    string Name { get; }
}
