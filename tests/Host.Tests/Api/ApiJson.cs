using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Planner.Board.Queries;
using Planner.Board.Tiles;

namespace Planner.Host.Tests.Api;

/// <summary>Calls to the /api endpoints, read with the API's own JSON settings (web defaults, enums as strings).</summary>
internal static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<BoardView> GetBoardAsync(this HttpClient client, Guid reviewId) =>
        (await client.GetFromJsonAsync<BoardView>($"/api/boards/{reviewId}", Options))!;

    public static async Task<TileDetail> GetTileAsync(this HttpClient client, Guid tileId) =>
        (await client.GetFromJsonAsync<TileDetail>($"/api/tiles/{tileId}", Options))!;

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid tileId, string column, int expectedVersion) =>
        client.PostAsJsonAsync($"/api/tiles/{tileId}/move", new { column, expectedVersion }, Options);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, Guid tileId, Column column, int expectedVersion) =>
        client.MoveAsync(tileId, column.ToString(), expectedVersion);

    public static Task<HttpResponseMessage> SaveAnswerAsync(this HttpClient client, Guid tileId, string text, int expectedVersion) =>
        client.PutAsJsonAsync($"/api/tiles/{tileId}/answer", new { text, expectedVersion }, Options);

    public static Task<HttpResponseMessage> AddCommentAsync(this HttpClient client, Guid tileId, string text) =>
        client.PostAsJsonAsync($"/api/tiles/{tileId}/comments", new { text }, Options);

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(Options))!;

    /// <summary>Reads a ProblemDetails body, checking it was sent as application/problem+json.</summary>
    public static async Task<ProblemDetails> ReadProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<ProblemDetails>(Options))!;
    }

    public static string? StringExtension(this ProblemDetails problem, string name) =>
        problem.Extensions.TryGetValue(name, out var value) && value is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString() : null;

    public static JsonElement ObjectExtension(this ProblemDetails problem, string name) =>
        problem.Extensions.TryGetValue(name, out var value) && value is JsonElement e ? e : default;
}
