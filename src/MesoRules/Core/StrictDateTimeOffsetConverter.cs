using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoRules.Core;

/// <summary>
/// Reads an instant only when it carries its UTC offset (<c>Z</c> or <c>+hh:mm</c>/<c>-hh:mm</c>): without one,
/// System.Text.Json would read it in the machine's local zone, so the same document would mean different instants
/// on different servers. Writes ISO 8601 with the offset, as the default converter does.
/// </summary>
internal sealed class StrictDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException();
        }

        // An escaped value (\u002B for '+') is checked unescaped.
        ReadOnlySpan<byte> text = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)
            : reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (!HasOffset(text))
        {
            throw new ContractJsonException(null, "An instant must be ISO 8601 with its UTC offset (Z or +hh:mm), for example 2026-05-04T10:30:00+02:00, so that it means the same on every machine");
        }

        return reader.GetDateTimeOffset();
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Whether the text after the time part ends in <c>Z</c> or holds a sign: a date alone or a local time has neither.</summary>
    private static bool HasOffset(ReadOnlySpan<byte> text)
    {
        int time = text.IndexOfAny((byte)'T', (byte)'t');
        if (time < 0)
        {
            return false;
        }

        ReadOnlySpan<byte> rest = text[(time + 1)..];
        return rest.EndsWith("Z"u8) || rest.EndsWith("z"u8) || rest.IndexOfAny((byte)'+', (byte)'-') >= 0;
    }
}
