namespace Planner.Host.Components.Board;

/// <summary>
/// An answer being typed, kept in the browser (encrypted by ProtectedLocalStorage) until it is
/// saved, so a dropped connection or a closed tab loses nothing.
/// </summary>
public sealed record AnswerDraft(string Text, int BaseVersion, DateTimeOffset SavedAt)
{
    public static string KeyFor(Guid tileId, Guid userId) => $"planner.draft.{tileId:N}.{userId:N}";
}
