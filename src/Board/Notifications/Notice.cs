namespace Planner.Board.Notifications;

/// <summary>
/// Something one person should hear of, before their preferences are applied. <see cref="Key"/>
/// identifies the occurrence (e.g. one move of one tile), so the same notice is never delivered twice.
/// </summary>
public sealed record Notice(
    Guid UserId, NotificationKind Kind, Guid ReviewId, string Key, string ByName,
    Guid? TileId = null, int? ArticleNumber = null, Guid? DeadlineId = null, string Detail = "", DateOnly? DueDate = null);
