namespace Planner.Samples.FourEyes.Api;

/// <summary>GET /api/plugins/four-eyes/tiles/{tileId}: how many approvals are required, and who approved when.</summary>
internal sealed record TileApprovalsResponse(int Required, IReadOnlyList<ApproverResponse> Approvals);

/// <summary>One approval as the API shows it.</summary>
internal sealed record ApproverResponse(string Name, DateTimeOffset At);
