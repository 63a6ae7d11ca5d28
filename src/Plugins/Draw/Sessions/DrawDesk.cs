using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Planner.Board.Reviews.Opening;
using Planner.Plugins.Draw.Engine;
using Planner.Plugins.Draw.Inputs;
using Planner.Plugins.Draw.Live;
using Planner.Plugins.Draw.Model;
using Planner.Plugins.Draw.Parties;
using Planner.Plugins.Draw.Schedule;
using Planner.Plugins.Draw.Text;

namespace Planner.Plugins.Draw.Sessions;

/// <summary>
/// Why an operation did not happen: an HTTP status for the API, and a sentence of
/// <see cref="DrawText"/> so the page says it in the viewer's language and the API in English.
/// </summary>
public sealed record DeskRefusal(int Status, string Key, params object?[] Args)
{
    /// <summary>The sentence in English, for ProblemDetails.</summary>
    public string Detail => DrawText.For("en", Key, Args);

    /// <summary>The sentence in the current UI language.</summary>
    public string Text => DrawText.Get(Key, Args);
}

/// <summary>
/// What the secretariat does with draws, used alike by the pages and the API so both follow the
/// same rules: open a yearly draw from the data, run it (its lots are then revealed live),
/// redraw a seat, widen the box, open the reviews of the result.
/// </summary>
public sealed class DrawDesk(
    DrawSessions sessions,
    ScheduleSessions schedules,
    DrawInputBuilder inputs,
    PartyRegistry registry,
    DrawLiveFeed feed,
    OpenReviewsCommand openReviews,
    IOptionsMonitor<DrawOptions> options,
    IHostApplicationLifetime lifetime)
{
    public async Task<(DrawRecord? Record, DeskRefusal? Refusal)> OpenYearlyAsync(int cycle, int year, IReadOnlyList<string>? states,
        NextPhasePolicy policy, bool? similarLegalSystem, Guid userId, string userName, CancellationToken cancellationToken = default)
    {
        var settings = options.CurrentValue;
        var schedule = (await schedules.FindAsync(cycle, cancellationToken).ConfigureAwait(false))?.Result;
        if (states is not { Count: > 0 } && schedule is null)
        {
            return (null, new(400, "Refusal.NoSchedule", cycle));
        }
        if (year < 1 || year > settings.TotalYears)
        {
            return (null, new(400, "Refusal.Year", settings.TotalYears));
        }
        IReadOnlyList<string> thisYear = states is { Count: > 0 } ? [.. states.Select(s => s.Trim().ToUpperInvariant())] : schedule!.StatesIn(year);
        if (states is not { Count: > 0 })
        {
            // A State of this year already reviewed in the cycle (e.g. drawn ad hoc earlier) is not reviewed twice.
            var reviewed = (await registry.HistoryAsync(cycle, cancellationToken).ConfigureAwait(false)).Select(h => h.Reviewed).ToHashSet();
            thisYear = [.. thisYear.Where(s => !reviewed.Contains(s))];
        }
        var later = schedule?.LaterYearsThan(year) ?? [];
        IReadOnlyList<Assignment> kept = [];
        var yearOfState = new Dictionary<string, int>();
        if (policy == NextPhasePolicy.KeepPrevious)
        {
            kept = await PreviousPhaseAsync(cycle - 1, thisYear, cancellationToken).ConfigureAwait(false);
            thisYear = [.. thisYear.Where(s => kept.All(k => k.Reviewed != s))];
        }
        else if (policy == NextPhasePolicy.NewDrawForCycle)
        {
            if (schedule is null || year != 1)
            {
                return (null, new(400, "Refusal.WholeCycle"));
            }
            thisYear = [.. schedule.Years.SelectMany(y => y.States)];
            yearOfState = schedule.Years.SelectMany(y => y.States.Select(s => (s, y.Year))).ToDictionary(p => p.s, p => p.Year);
            later = [];
        }
        if (thisYear.Count == 0 && kept.Count == 0)
        {
            return (null, new(400, "Refusal.NothingToDraw"));
        }
        var (input, notParties) = await inputs.BuildAsync(cycle, thisYear, later, settings.Rules(similarLegalSystem), [.. settings.InstrumentsReviewed],
            kept, cancellationToken).ConfigureAwait(false);
        if (input is null)
        {
            return (null, new(400, "Refusal.NotReviewable", string.Join(", ", notParties)));
        }
        var record = await sessions.OpenAsync(input, userId, userName, new DrawContext(cycle, year, kept, yearOfState), cancellationToken)
            .ConfigureAwait(false);
        feed.Publish(record.Id, 0);
        return (record, null);
    }

    /// <summary>Runs the draw and starts revealing its lots to every watcher.</summary>
    public async Task<DrawRecord?> RunAsync(Guid id, Guid userId, CancellationToken cancellationToken = default)
    {
        var before = await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        var record = await sessions.RunAsync(id, userId, cancellationToken).ConfigureAwait(false);
        if (record?.Result is { } result && before?.Result is null)
        {
            var pause = TimeSpan.FromMilliseconds(options.CurrentValue.RevealMilliseconds);
            feed.StartReveal(id, result.Steps.Count, pause, lifetime.ApplicationStopping);
        }
        return record;
    }

    public async Task<(DrawRecord? Record, DeskRefusal? Refusal)> RedrawAsync(Guid id, Seat seat, RedrawReason kind, string? reason, Guid userId,
        CancellationToken cancellationToken = default)
    {
        var record = await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return (null, null);
        }
        if (record.Result is not { Succeeded: true } result || string.IsNullOrWhiteSpace(reason)
            || !result.Assignments.Any(a => a.Reviewed == seat.Reviewed))
        {
            return (record, new(400, "Refusal.Redraw"));
        }
        var (changed, refusal) = await sessions.RedrawAsync(id, seat, kind, reason.Trim(), userId, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            var refused = refusal.Rule == RuleNames.RepeatLimit
                ? new DeskRefusal(409, "Refusal.RepeatLimit", seat.Reviewed, changed!.Input.Rules.RepeatRequestsPerReview)
                : new DeskRefusal(409, "Refusal.NoCandidate", DrawText.Get($"Rule.{refusal.Rule}"));
            return (changed, refused);
        }
        feed.Publish(id, changed!.Result!.Steps.Count);
        return (changed, null);
    }

    public async Task<(DrawRecord? Record, DeskRefusal? Refusal)> WidenAsync(Guid id, int admitBelow, int boxCap, string? reason, Guid userId,
        CancellationToken cancellationToken = default)
    {
        var record = await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return (null, null);
        }
        var cap = record.Input.Rules.ReviewCap;
        var current = record.Input.BoxWidenings.Count == 0 ? cap : record.Input.BoxWidenings[^1].AdmitPerformedBelow;
        if (string.IsNullOrWhiteSpace(reason) || admitBelow < current || boxCap < cap || (admitBelow == current && boxCap <= (record.Input.BoxWidenings.Count == 0 ? cap : record.Input.BoxWidenings[^1].BoxCap)))
        {
            return (record, new(400, "Refusal.Widen", current, cap));
        }
        if (record.Result is { Succeeded: true })
        {
            return (record, new(409, "Refusal.WidenComplete"));
        }
        var changed = await sessions.WidenAsync(id, new BoxWidening(admitBelow, boxCap, reason.Trim()), userId, cancellationToken).ConfigureAwait(false);
        if (changed?.Result is { } result)
        {
            // Drawn again: its lots are revealed to the watchers like the first time.
            feed.StartReveal(id, result.Steps.Count, TimeSpan.FromMilliseconds(options.CurrentValue.RevealMilliseconds), lifetime.ApplicationStopping);
        }
        else
        {
            feed.Publish(id, 0);
        }
        return (changed, null);
    }

    /// <summary>Opens a review and its board for each State of the result (D6); those already open in the cycle are skipped.</summary>
    public async Task<(OpenReviewsResult? Result, DeskRefusal? Refusal)> OpenReviewsAsync(Guid id, IReadOnlyList<int>? chapters, Guid userId,
        CancellationToken cancellationToken = default)
    {
        var record = await sessions.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return (null, null);
        }
        if (record.Cycle is not { } cycle || record.Year is not { } year || record.Result is not { Succeeded: true })
        {
            return (null, new(400, "Open.NotFromData"));
        }
        var reviews = record.Assignments.Select(a => new NewReview(cycle, YearOf(record, a.Reviewed, year), a.Reviewed, a.GroupReviewer, a.BoxReviewer)).ToList();
        var opened = await openReviews.ExecuteAsync(reviews, chapters is { Count: > 0 } ? chapters : options.CurrentValue.ChaptersFor(cycle), userId,
            cancellationToken).ConfigureAwait(false);
        if (opened.Status != OpenReviewsStatus.Opened)
        {
            return (opened, opened.Status switch
            {
                OpenReviewsStatus.NotAllowed => new(403, "Refusal.SecretariatOnly"),
                OpenReviewsStatus.UnknownCycle => new(400, "Refusal.UnknownCycle", cycle),
                OpenReviewsStatus.NoArticles => new(400, "Refusal.NoChapters"),
                _ => new(400, "Error.Generic"),
            });
        }
        await sessions.RecordOpenedReviewsAsync(id, opened.Opened, userId, cancellationToken).ConfigureAwait(false);
        feed.Publish(id, record.Result.Steps.Count);
        return (opened, null);
    }

    /// <summary>A draw for the whole cycle covers States of every year: each review gets its State's year from the schedule.</summary>
    private static int YearOf(DrawRecord record, string state, int year) => record.YearOfState.GetValueOrDefault(state, year);

    /// <summary>
    /// The previous phase's reviewers of these States (D5 a), from the history and the reviews opened
    /// in Planner. A State whose previous reviewers are not both still parties is drawn anew.
    /// </summary>
    private async Task<IReadOnlyList<Assignment>> PreviousPhaseAsync(int previousCycle, IReadOnlyList<string> states, CancellationToken cancellationToken)
    {
        var parties = (await registry.PartiesAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Iso3).ToHashSet();
        var history = await registry.HistoryAsync(previousCycle, cancellationToken).ConfigureAwait(false);
        return [.. history.Where(h => states.Contains(h.Reviewed) && h.Reviewers.Count >= 2 && h.Reviewers.Take(2).All(parties.Contains))
            .Select(h => new Assignment(h.Reviewed, h.Reviewers[0], h.Reviewers[1]))];
    }
}
