namespace Planner.Board.Documents;

/// <summary>A document and its decrypted content, for a download.</summary>
public sealed record DocumentContent(DocumentView Document, byte[] Content);
