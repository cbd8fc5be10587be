using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoRules.Core;

/// <summary>
/// Reads and writes an enum as one of its names, under the library's one rule for names (<see cref="EnumNames{TEnum}"/>):
/// unlike the default string-enum converter it refuses numbers, numeric strings (<c>"1"</c>) and comma-joined names
/// (<c>"No, Yes"</c>), which would otherwise produce undefined values; names are matched ignoring case, as the
/// contract's member names are.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw NotAName();

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

    private static TEnum Parse(string? text) => EnumNames<TEnum>.TryParse(text, out TEnum value) ? value : throw NotAName();

    private static string NameOf(TEnum value) =>
        EnumNames<TEnum>.NameOf(value) ?? throw new JsonException($"The value is not a defined {typeof(TEnum).Name}; allowed: {EnumNames<TEnum>.Allowed}.");

    // No message: System.Text.Json then reports "could not be converted to <type>" with the path, never the text.
    private static JsonException NotAName() => new();
}
