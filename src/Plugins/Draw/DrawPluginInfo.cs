using System.Text.Json;
using System.Text.Json.Serialization;

namespace Planner.Plugins.Draw;

/// <summary>The plugin's id: its key space in the plugin store, its settings section and its URL prefix.</summary>
internal static class DrawPluginInfo
{
    public const string Id = "draw";
}

/// <summary>How the plugin's records are written to the store: web JSON, enums by name (readable in the audit log).</summary>
internal static class DrawJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
