using Microsoft.AspNetCore.Mvc;

namespace Planner.Host.Api;

/// <summary>
/// The two answer versions to compare. Read as text so that "abc" or a missing number gets the
/// API's own ProblemDetails with a readable message rather than the framework's bare 400.
/// </summary>
public sealed record AnswerDiffRequest([FromQuery(Name = "from")] string? From, [FromQuery(Name = "to")] string? To);
