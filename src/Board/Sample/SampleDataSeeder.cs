using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Planner.Board.Persistence;
using Planner.Board.People;
using Planner.Board.Reviews;
using Planner.Board.Tiles;
using Planner.Board.Workflow;

namespace Planner.Board.Sample;

/// <summary>
/// Builds a sample review from a file, through the same domain methods users go through, so the
/// sample can never hold a state the workflow would not allow.
/// </summary>
public static class SampleDataSeeder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static SampleReviewFile Read(Stream json) =>
        JsonSerializer.Deserialize<SampleReviewFile>(json, JsonOptions)
        ?? throw new InvalidDataException("The sample review file is empty.");

    public static void AddTo(PlannerDbContext db, SampleReviewFile sample, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sample);
        foreach (var state in db.States.Where(s => sample.StatesParties.Contains(s.Iso3)))
        {
            state.SetPartyStatus(true);
            if (sample.StateGroups.TryGetValue(state.Iso3, out var group))
            {
                state.SetGroup(group);
            }
        }
        if (db.Cycles.Find(sample.Cycle) is null)
        {
            db.Cycles.Add(new ReviewCycle(sample.Cycle, sample.CycleFirstYear, sample.CycleLastYear));
        }
        if (sample.PreviousReview is { } previous)
        {
            Checklist.Previous.PreviousReviews.Add(db, previous, "Planner sample", now);
        }
        var review = new CountryReview(StableId("review", sample.StateUnderReview), sample.Cycle, sample.Year,
            sample.StateUnderReview, sample.ReviewingStateFromGroup, sample.ReviewingStateFromBox);
        db.Reviews.Add(review);

        var agencies = sample.Agencies.ToDictionary(n => n, n => new Agency(StableId("agency", n), review.Id, n));
        db.Agencies.AddRange(agencies.Values);

        var actors = new Dictionary<string, Actor>();
        foreach (var u in sample.Users)
        {
            var user = new User(UserIdFor(u.Email), u.Name, u.Email, u.Role == ReviewRole.Secretariat);
            db.Users.Add(user);
            var agencyId = u.Agency is null ? (Guid?)null : agencies[u.Agency].Id;
            if (u.Role != ReviewRole.Secretariat)
            {
                db.Participants.Add(new Participant(review.Id, user.Id, u.Role, agencyId));
            }
            actors[u.Name] = new Actor(user.Id, user.DisplayName, u.Role, agencyId);
        }
        var secretariat = actors.Values.First(a => a.Role == ReviewRole.Secretariat);

        foreach (var t in sample.Tiles)
        {
            var due = t.DueDate is null ? (DateOnly?)null : DateOnly.Parse(t.DueDate, CultureInfo.InvariantCulture);
            var tile = new Tile(StableId("tile", $"{sample.StateUnderReview}-{t.Article}"), review.Id, t.Article, due);
            if (t.Agencies is { Count: > 0 })
            {
                var experts = (t.Experts ?? []).Select(n => actors[n]).Select(a => new NamedExpert(a.UserId, a.AgencyId ?? Guid.Empty)).ToList();
                Ensure(tile.Assign(new TileAssignment(t.Agencies.Select(a => agencies[a].Id).ToList(), experts), secretariat, tile.Version, now));
                if (t.Column == Column.Assign)
                {
                    // Assigning sends a tile to Answer; one shown assigned in Assign was sent back to be reassigned.
                    Ensure(tile.MoveTo(Column.Assign, secretariat, tile.Version, now));
                }
            }
            if (t.Group is not null || t.Priority)
            {
                Ensure(tile.Arrange(t.Group, t.Priority, secretariat, tile.Version, now));
            }
            if (t.Column >= Column.Answer && tile.Column == Column.Assign)
            {
                Ensure(tile.MoveTo(Column.Answer, secretariat, tile.Version, now));
            }
            if (t.Answer is not null)
            {
                Ensure(tile.SaveAnswer(t.Answer, actors[t.AnsweredBy ?? secretariat.DisplayName], tile.Version, now));
            }
            if (t.Column >= Column.Review)
            {
                Ensure(tile.MoveTo(Column.Review, secretariat, tile.Version, now));
            }
            if (t.Column >= Column.Finalise)
            {
                Ensure(tile.MoveTo(Column.Finalise, secretariat, tile.Version, now));
            }
            if (t.SharedWithStakeholders)
            {
                Ensure(tile.ShareWithStakeholders(true, secretariat, tile.Version, now));
            }
            foreach (var c in t.Comments ?? [])
            {
                Ensure(tile.AddComment(c.Text, actors[c.By], now).Decision);
            }
            db.Tiles.Add(tile);
        }
        AddResources(db, sample.Resources, db.Users.Local.First(u => u.IsSecretariat), now);
    }

    /// <summary>Guidance material through the same rules as the resources page (http(s) links only, known articles).</summary>
    private static void AddResources(PlannerDbContext db, IReadOnlyList<SampleResource> resources, User by, DateTimeOffset now)
    {
        if (resources.Count == 0)
        {
            return;
        }
        var catalog = Convention.ConventionCatalog.Load();
        foreach (var r in resources)
        {
            var (decision, resource) = Resources.ArticleResource.Create(StableId("resource", $"{r.Article}:{r.Title}"),
                new Resources.ResourceDraft(r.Article, r.Title, r.Url, r.Description, r.Language), catalog, by, now);
            Ensure(decision);
            db.Resources.Add(resource!);
        }
    }

    /// <summary>The id the seeder gives a sample user, so accounts can be made for them.</summary>
    public static Guid UserIdFor(string email) => StableId("user", email.Trim().ToLowerInvariant());

    /// <summary>The same name always gives the same id, so sample links stay valid across fresh databases.</summary>
    internal static Guid StableId(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"planner-sample:{kind}:{name}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    private static void Ensure(WorkflowDecision decision)
    {
        if (!decision.IsAllowed)
        {
            throw new InvalidDataException($"The sample data asks for a change the workflow refuses: {decision.Refusal}.");
        }
    }
}
