using Planner.Board.Workflow;

namespace Planner.Board.Documents.Commands;

/// <summary>What became of a document change; <see cref="Document"/> is the document after it, when applied.</summary>
public sealed record DocumentChangeResult(DocumentChangeStatus Status, DocumentView? Document, Refusal? Refusal = null, string? Detail = null)
{
    public static DocumentChangeResult NotFound { get; } = new(DocumentChangeStatus.NotFound, null);

    public static DocumentChangeResult Refused(WorkflowDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new(DocumentChangeStatus.Refused, null, decision.Refusal, decision.Detail);
    }
}
