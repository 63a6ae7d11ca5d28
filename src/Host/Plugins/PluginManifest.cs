using System.Text.Json;

namespace Planner.Host.Plugins;

/// <summary>An external plugin's plugin.json: who it is, which contract it targets, which assembly to load.</summary>
public sealed record PluginManifest(string Id, string Name, string Version, string ContractVersion, string Assembly)
{
    public const string FileName = "plugin.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads and checks a manifest; returns the reason when it is unusable.</summary>
    public static (PluginManifest? Manifest, string? Problem) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{FileName} is missing.");
        }
        try
        {
            var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(path), Json);
            if (manifest is null || string.IsNullOrWhiteSpace(manifest.Id) || string.IsNullOrWhiteSpace(manifest.Assembly)
                || string.IsNullOrWhiteSpace(manifest.ContractVersion))
            {
                return (null, "plugin.json must name id, name, version, contractVersion and assembly.");
            }
            return (manifest, null);
        }
        catch (JsonException ex)
        {
            return (null, $"{FileName} is not valid JSON: {ex.Message}");
        }
        catch (IOException ex)
        {
            return (null, $"{FileName} could not be read: {ex.Message}");
        }
    }
}
