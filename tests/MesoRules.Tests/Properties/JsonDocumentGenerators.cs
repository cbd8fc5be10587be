using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Serialization;
using MesoRules.Tests.Planning;

namespace MesoRules.Tests.Properties;

/// <summary>A valid JSON document of one contract input type, and how to read it back with the library.</summary>
/// <param name="Type">The input type's name, for failure reports.</param>
/// <param name="Json">The document, as the library writes it.</param>
/// <param name="Read">Reads a document of that type with <see cref="MesoRulesJson.Deserialize{T}(string)"/>.</param>
internal sealed record ContractDocument(string Type, string Json, Func<string, object> Read)
{
    public override string ToString() => $"{Type}: {Json}";
}

/// <summary>One member of a JSON document: where it starts and ends in the text, and its JSON path.</summary>
/// <param name="Path">The member's path, for example <c>$.patient.health.pregnancy</c> or <c>$.acknowledgments[0].disclosureHash</c>.</param>
/// <param name="Start">The UTF-8 offset of the member's name (its opening quote).</param>
/// <param name="End">The UTF-8 offset just after the member's value.</param>
internal readonly record struct JsonMember(string Path, int Start, int End);

/// <summary>
/// Bounded generators of valid request documents of every input type the library reads: patients, plan requests
/// (with clinic calendars, activities, completed sessions and acknowledgments, so the hand-written converters are
/// covered), aftercare instructions and acknowledgments on their own.
/// </summary>
internal static class JsonDocumentGenerators
{
    private static readonly string[] Hashes =
    [
        "3b27a64a431ad456cb45bcdb05929cfd24385f1227092dc903caf714b525d880",
        "dc294648d4b920618087c9681b42369293d8f8930506e87a9ef8586347f38190",
    ];

    public static Gen<DisclosureAcknowledgment> Acknowledgment =>
        from hash in Gen.Elements(Hashes)
        from history in Gen.Elements<string?>([null, .. Hashes])
        from reference in Gen.Elements("MRN-1", "MRN-0042", "ref 7")
        from hours in Gen.Choose(0, 24 * 365)
        from party in Gen.Elements(Enum.GetValues<AcknowledgingParty>())
        select new DisclosureAcknowledgment(hash, "0123456789abcdef", reference, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(hours), party, history);

    public static Gen<AftercareInstruction> Instruction =>
        from activity in Gen.Elements(Enum.GetValues<AftercareActivity>())
        from minimum in Gen.Choose(1, 72)
        from extra in Gen.Choose(0, 72)
        from reason in Gen.Elements<string?>(null, "Rinse-off product used in session")
        select new AftercareInstruction(activity, TimeSpan.FromHours(minimum), TimeSpan.FromHours(minimum + extra), reason);

    public static Gen<PlanRequest> Request =>
        from request in SessionPlannerPropertyTests.Requests
        from acknowledgments in Gen.ListOf(Acknowledgment).Select(l => l.Take(2).ToArray())
        select new PlanRequest
        {
            Patient = request.Patient,
            CourseStart = request.CourseStart,
            Calendar = request.Calendar,
            PatientActivities = request.PatientActivities,
            MaintenanceHorizonMonths = request.MaintenanceHorizonMonths,
            TimeZone = request.TimeZone,
            SessionTime = request.SessionTime,
            Today = request.Today,
            Visits = request.Visits,
            Acknowledgments = acknowledgments,
        };

    public static Gen<ContractDocument> Document =>
        Gen.OneOf(
            Generators.Patient.Select(p => new ContractDocument(nameof(PatientProfile), MesoRulesJson.Serialize(p), MesoRulesJson.Deserialize<PatientProfile>)),
            Request.Select(r => new ContractDocument(nameof(PlanRequest), MesoRulesJson.Serialize(r), MesoRulesJson.Deserialize<PlanRequest>)),
            Instruction.Select(i => new ContractDocument(nameof(AftercareInstruction), MesoRulesJson.Serialize(i), MesoRulesJson.Deserialize<AftercareInstruction>)),
            Acknowledgment.Select(a => new ContractDocument(nameof(DisclosureAcknowledgment), MesoRulesJson.Serialize(a), MesoRulesJson.Deserialize<DisclosureAcknowledgment>)));

    /// <summary>Every member of every object in <paramref name="json"/>, at any depth, in document order.</summary>
    public static List<JsonMember> Members(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8);
        var members = new List<JsonMember>();

        // For each open container: the path of the container, and the next array index (arrays only).
        var containers = new Stack<(string Path, int NextIndex, bool IsArray)>();
        var open = new Stack<(string Path, int Start)>();
        string? pendingPath = null;
        int pendingStart = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingPath = $"{containers.Peek().Path}.{reader.GetString()}";
                    pendingStart = (int)reader.TokenStartIndex;
                    continue;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    string path = ValuePath();
                    open.Push((pendingPath ?? string.Empty, pendingPath is null ? -1 : pendingStart));
                    containers.Push((path, 0, reader.TokenType == JsonTokenType.StartArray));
                    pendingPath = null;
                    continue;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    (string memberPath, int start) = open.Pop();
                    if (start >= 0)
                    {
                        members.Add(new JsonMember(memberPath, start, (int)reader.BytesConsumed));
                    }

                    continue;
                default:
                    ValuePath();
                    if (pendingPath is not null)
                    {
                        members.Add(new JsonMember(pendingPath, pendingStart, (int)reader.BytesConsumed));
                        pendingPath = null;
                    }

                    continue;
            }
        }

        members.Sort((a, b) => a.Start.CompareTo(b.Start));
        return members;

        // The path of the value about to be read; advances the index of an enclosing array.
        string ValuePath()
        {
            if (pendingPath is not null)
            {
                return pendingPath;
            }

            if (containers.Count == 0)
            {
                return "$";
            }

            (string parent, int index, bool isArray) = containers.Pop();
            containers.Push((parent, index + 1, isArray));
            return $"{parent}[{index}]";
        }
    }

    /// <summary>The document with <paramref name="member"/> written a second time, right after the first (or before it).</summary>
    public static string WithMemberTwice(string json, JsonMember member, bool copyFirst)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        string text = Encoding.UTF8.GetString(utf8, member.Start, member.End - member.Start);
        string before = Encoding.UTF8.GetString(utf8, 0, copyFirst ? member.Start : member.End);
        string after = Encoding.UTF8.GetString(utf8, copyFirst ? member.Start : member.End, utf8.Length - (copyFirst ? member.Start : member.End));
        return copyFirst ? $"{before}{text},{after}" : $"{before},{text}{after}";
    }
}
