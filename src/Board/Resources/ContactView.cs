using Planner.Board.Workflow;

namespace Planner.Board.Resources;

/// <summary>Someone to contact about a review (K2: experts' contact details); <see cref="Email"/> is null when the viewer may not see it.</summary>
public sealed record ContactView(string Name, ReviewRole Role, string? Agency, string? Email);

/// <summary>The contacts shown on a tile, and whether some were left out or shown without e-mail for the viewer's role.</summary>
public sealed record TileContactList(Guid TileId, int ArticleNumber, IReadOnlyList<ContactView> Contacts, bool Limited);
