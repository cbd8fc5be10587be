using System.Text.Json;
using System.Text.Json.Serialization;

using MesoRules.Core;

namespace MesoRules.Serialization;

/// <summary>Writes a <see cref="TimeZoneInfo"/> as its id (for example <c>"Europe/London"</c>) and reads it back; an unknown id is a <see cref="JsonException"/>.</summary>
internal sealed class TimeZoneInfoJsonConverter : JsonConverter<TimeZoneInfo>
{
    private const string UnknownZone = "The value must be a known IANA time zone id, for example \"Europe/London\"";

    public override TimeZoneInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new ContractJsonException(null, UnknownZone);
        }

        // The id sent is never repeated: it is request text.
        return TimeZoneInfo.TryFindSystemTimeZoneById(reader.GetString()!, out TimeZoneInfo? zone) ? zone : throw new ContractJsonException(null, UnknownZone);
    }

    public override void Write(Utf8JsonWriter writer, TimeZoneInfo value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}
