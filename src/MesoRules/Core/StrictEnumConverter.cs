using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoRules.Core;

/// <summary>
/// Reads and writes an enum as one of its names. Unlike the default string-enum converter it refuses numbers,
/// numeric strings (<c>"1"</c>) and comma-joined names (<c>"No, Yes"</c>), which would otherwise produce undefined
/// values. Names are matched ignoring case, as the contract's member names are.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] Names = Enum.GetNames<TEnum>();
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw NotAName();

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

    private static TEnum Parse(string? text)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (string.Equals(Names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return Values[i];
            }
        }

        throw NotAName();
    }

    private static string NameOf(TEnum value)
    {
        int index = Array.IndexOf(Values, value);
        return index >= 0 ? Names[index] : throw new JsonException($"The value is not a defined {typeof(TEnum).Name}; allowed: {string.Join(", ", Names)}.");
    }

    // No message: System.Text.Json then reports "could not be converted to <type>" with the path, never the text.
    private static JsonException NotAName() => new();
}
