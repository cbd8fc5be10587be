using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Planning;

namespace MesoRules.Serialization;

/// <summary>Reads and writes a <see cref="ClinicCalendar"/> as <c>{"openDays":["Monday",...],"closedDates":["2026-12-25",...]}</c>.</summary>
internal sealed class ClinicCalendarJsonConverter : JsonConverter<ClinicCalendar>
{
    // Exact names only: Enum.TryParse would read "Monday,Tuesday" as the flags value 3 (Wednesday).
    private static readonly string[] DayNames = Enum.GetNames<DayOfWeek>();

    public override ClinicCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A clinic calendar must be an object with 'openDays' and optional 'closedDates'.");
        }

        List<DayOfWeek>? open = null;
        var closed = new List<DateOnly>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name.Equals("openDays", StringComparison.OrdinalIgnoreCase))
            {
                open = [];
                foreach (string day in Strings(ref reader, name))
                {
                    int index = Array.IndexOf(DayNames, day);
                    open.Add(index >= 0
                        ? (DayOfWeek)index
                        : throw new JsonException($"'{day}' in openDays is not a day of the week; allowed: {string.Join(", ", DayNames)}."));
                }
            }
            else if (name.Equals("closedDates", StringComparison.OrdinalIgnoreCase))
            {
                foreach (string date in Strings(ref reader, name))
                {
                    closed.Add(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                        ? d
                        : throw new JsonException($"'{date}' in closedDates is not a date; expected yyyy-MM-dd."));
                }
            }
            else
            {
                throw new JsonException($"'{name}' is not a member of a clinic calendar; allowed: openDays, closedDates.");
            }
        }

        if (open is null || open.Count == 0)
        {
            throw new JsonException("A clinic calendar needs 'openDays' with at least one day.");
        }

        return new ClinicCalendar(open, closed);
    }

    public override void Write(Utf8JsonWriter writer, ClinicCalendar value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("openDays");
        foreach (DayOfWeek day in value.OpenDays)
        {
            writer.WriteStringValue(day.ToString());
        }

        writer.WriteEndArray();
        writer.WriteStartArray("closedDates");
        foreach (DateOnly date in value.ClosedDates)
        {
            writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<string> Strings(ref Utf8JsonReader reader, string member)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"'{member}' must be an array of strings.");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } s ? s : throw new JsonException($"'{member}' must hold only non-empty strings."));
        }

        return items;
    }
}
