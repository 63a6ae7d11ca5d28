namespace Planner.Board.Audit;

/// <summary>The scoped holder of the acting person. Use cases set it once they know who acts; hosts may set it per request.</summary>
public sealed class AuditActor : IAuditActor
{
    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "system";

    public void Set(Guid? userId, string name)
    {
        UserId = userId;
        Name = name;
    }
}
