using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Core;
using MesoRules.Planning;

namespace MesoRules.Serialization;

/// <summary>
/// Reads and writes a <see cref="ClinicCalendar"/> as <c>{"openDays":["Monday",...],"closedDates":["2026-12-25",...]}</c>.
/// Reading follows the contract's rules (see <see cref="ObjectMembers"/>); an error names the member, never the value read.
/// </summary>
internal sealed class ClinicCalendarJsonConverter : JsonConverter<ClinicCalendar>
{
    private static readonly string[] Members = ["openDays", "closedDates"];
    private const int OpenDays = 0;
    private const string Shape = "The value must be a clinic calendar: {\"openDays\": [\"Monday\", ...], \"closedDates\": [\"2026-12-25\", ...]}";

    public override ClinicCalendar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ContractJsonException(null, Shape);
        }

        List<DayOfWeek>? open = null;
        var closed = new List<DateOnly>();
        ulong seen = 0;
        while (ObjectMembers.Next(ref reader, Members, ref seen, out int member))
        {
            string name = Members[member];
            if (member == OpenDays)
            {
                open = [];
                foreach (string day in Strings(ref reader, name))
                {
                    // Names only, as every enum of the contract: Enum.TryParse would read "Monday,Tuesday" as the flags value 3 (Wednesday).
                    open.Add(EnumNames<DayOfWeek>.TryParse(day, out DayOfWeek parsed)
                        ? parsed
                        : throw new ContractJsonException(name, $"Each day must be one of: {EnumNames<DayOfWeek>.Allowed}"));
                }
            }
            else
            {
                foreach (string date in Strings(ref reader, name))
                {
                    closed.Add(DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
                        ? d
                        : throw new ContractJsonException(name, "Each date must be a date (yyyy-MM-dd)"));
                }
            }
        }

        if (open is null || open.Count == 0)
        {
            throw new ContractJsonException(Members[OpenDays], "A clinic calendar needs at least one open day");
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
            throw new ContractJsonException(member, "The value must be an array of strings");
        }

        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } s ? s : throw new ContractJsonException(member, "The array must hold only non-empty strings"));
        }

        return items;
    }
}
