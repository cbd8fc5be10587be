using System.Text.Json;
using System.Text.Json.Serialization;

namespace MesoRules.Serialization;

/// <summary>Writes a <see cref="TimeZoneInfo"/> as its id (for example <c>"Europe/London"</c>) and reads it back; an unknown id is a <see cref="JsonException"/>.</summary>
internal sealed class TimeZoneInfoJsonConverter : JsonConverter<TimeZoneInfo>
{
    public override TimeZoneInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A time zone must be a string id such as \"Europe/London\".");
        }

        string id = reader.GetString()!;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new JsonException($"'{id}' is not a known time zone id; use an IANA id such as \"Europe/London\".", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, TimeZoneInfo value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
