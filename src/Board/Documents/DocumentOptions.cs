namespace Planner.Board.Documents;

/// <summary>Settings of tile documents (host configuration: Planner:Documents).</summary>
public sealed class DocumentOptions
{
    /// <summary>The largest file accepted, in bytes (default 20 MB).</summary>
    public long MaxFileSize { get; set; } = DocumentRules.DefaultMaxFileSize;
}
