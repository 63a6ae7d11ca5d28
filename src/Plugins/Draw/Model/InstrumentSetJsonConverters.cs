using System.Text.Json;
using System.Text.Json.Serialization;

namespace Planner.Plugins.Draw.Model;

/// <summary>
/// System.Text.Json writes an <see cref="IReadOnlySet{T}"/> but cannot create one when reading, so
/// a stored UNTOC draw could not be read back. This reads the array into a <see cref="HashSet{T}"/>
/// and writes it in ordinal order, so the stored text does not depend on insertion order.
/// </summary>
public sealed class StringSetJsonConverter : JsonConverter<IReadOnlySet<string>>
{
    public override IReadOnlySet<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<HashSet<string>>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, IReadOnlySet<string> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.Order(StringComparer.Ordinal).ToList(), options);
    }
}

/// <summary>The same for <see cref="DrawRules.RequiredInstruments"/>: the sets inside a dictionary.</summary>
public sealed class InstrumentsByStateJsonConverter : JsonConverter<IReadOnlyDictionary<string, IReadOnlySet<string>>>
{
    public override IReadOnlyDictionary<string, IReadOnlySet<string>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Dictionary<string, HashSet<string>>>(ref reader, options)
            ?.ToDictionary(p => p.Key, IReadOnlySet<string> (p) => p.Value);

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, IReadOnlySet<string>> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToList()), options);
    }
}
