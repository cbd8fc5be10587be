using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Aftercare;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Serialization;
using MesoRules.Tests.Properties;

namespace MesoRules.Tests.Serialization;

/// <summary>
/// A member written twice is refused, never read as its last value: otherwise <c>"pregnancy":"Yes","pregnancy":"No"</c>
/// would read as No, and a second <c>"allergies":[]</c> would erase the list. The error names the member's path.
/// </summary>
public class DuplicateMemberTests
{
    private const string Hash = "3b27a64a431ad456cb45bcdb05929cfd24385f1227092dc903caf714b525d880";
    private const string Acknowledgment =
        $$"""{"disclosureHash":"{{Hash}}","policyVersion":"0123456789abcdef","patientReference":"MRN-1","acknowledgedAt":"2026-02-20T09:00:00Z","acknowledgedBy":"Patient"}""";

    [Theory]
    [InlineData("""{"ageYears":30,"ageYears":40}""", "$.ageYears")]
    [InlineData("""{"cause":"Other","Cause":"AndrogeneticAlopecia"}""", "$.cause")]
    [InlineData("""{"health":{"pregnancy":"Yes","pregnancy":"No"}}""", "$.health.pregnancy")]
    [InlineData("""{"health":{"pregnancy":"Yes","PREGNANCY":"No"}}""", "$.health.pregnancy")]
    [InlineData("""{"health":{"pregnancy":"Yes"},"health":{}}""", "$.health")]
    [InlineData("""{"allergiesDisclosed":true,"allergies":[{"substance":"latex","anaphylaxis":true}],"allergies":[]}""", "$.allergies")]
    [InlineData("""{"allergies":[{"substance":"latex","anaphylaxis":true,"anaphylaxis":false}]}""", "$.allergies[0].anaphylaxis")]
    [InlineData("""{"formulation":{"name":"mix","components":["biotin"],"components":[]}}""", "$.formulation.components")]
    public void A_patient_member_written_twice_is_refused_naming_its_path(string json, string path) =>
        AssertRefused(() => MesoRulesJson.Deserialize<PatientProfile>(json), path);

    [Theory]
    [InlineData("""{"patient":{},"courseStart":"2026-03-02", "timeZone": "UTC","calendar":{"openDays":["Monday"],"openDays":["Tuesday"]}}""", "$.calendar.openDays")]
    [InlineData("""{"patient":{},"courseStart":"2026-03-02", "timeZone": "UTC","calendar":{"openDays":["Monday"],"closedDates":[],"ClosedDates":["2026-03-02"]}}""", "$.calendar.closedDates")]
    [InlineData("""{"patient":{},"courseStart":"2026-03-02","timeZone":"UTC","timeZone":"Europe/London"}""", "$.timeZone")]
    [InlineData("""{"patient":{},"patient":{},"courseStart":"2026-03-02", "timeZone": "UTC"}""", "$.patient")]
    public void A_plan_request_member_written_twice_is_refused_naming_its_path(string json, string path) =>
        AssertRefused(() => MesoRulesJson.Deserialize<PlanRequest>(json), path);

    [Theory]
    [InlineData("disclosureHash", "disclosureHash", "\"" + Hash + "\"")]
    [InlineData("DisclosureHash", "disclosureHash", "\"" + Hash + "\"")]
    [InlineData("acknowledgedBy", "acknowledgedBy", "\"Guardian\"")]
    [InlineData("historyHash", "historyHash", "null")]
    public void An_acknowledgment_member_written_twice_is_refused_naming_its_path(string written, string member, string value)
    {
        // historyHash is not in the acknowledgment above: written as null twice.
        string once = member == "historyHash" ? Acknowledgment.Replace("{", "{\"historyHash\":null,", StringComparison.Ordinal) : Acknowledgment;
        string twice = $"{once[..^1]},\"{written}\":{value}}}";

        AssertRefused(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(twice), $"$.{member}");
        AssertRefused(() => MesoRulesJson.Deserialize<PlanRequest>($$"""{"patient":{},"courseStart":"2026-03-02", "timeZone": "UTC","acknowledgments":[{{Acknowledgment}},{{twice}}]}"""), $"$.acknowledgments[1].{member}");
    }

    [Fact]
    public void An_aftercare_instruction_member_written_twice_is_refused_naming_its_path() =>
        AssertRefused(() => MesoRulesJson.Deserialize<AftercareInstruction>("""{"activity":"Sun","minimum":"02:00:00","recommended":"12:00:00","activity":"Swimming"}"""), "$.activity");

    [Fact]
    public void Host_options_configured_with_the_contract_refuse_a_member_written_twice()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { AllowDuplicateProperties = true };
        MesoRulesJson.Configure(options);
        JsonException ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatientProfile>("""{"health":{"pregnancy":"Yes","pregnancy":"No"}}""", options));
        Assert.Equal("$.health.pregnancy", MesoRulesJson.DescribeReadError(ex, options, typeof(PatientProfile)).Path);
    }

    [Property(MaxTest = 300)]
    public Property Any_document_with_a_member_written_twice_is_refused_naming_that_member() =>
        Prop.ForAll(
            (from document in JsonDocumentGenerators.Document
             from pick in Gen.Choose(0, 10_000)
             from copyFirst in Gen.Elements(false, true)
             select (document, pick, copyFirst)).ToArbitrary(),
            input =>
            {
                (ContractDocument document, int pick, bool copyFirst) = input;
                document.Read(document.Json); // the document itself is valid
                List<JsonMember> members = JsonDocumentGenerators.Members(document.Json);
                JsonMember member = members[pick % members.Count];
                string twice = JsonDocumentGenerators.WithMemberTwice(document.Json, member, copyFirst);

                JsonException ex = Assert.Throws<JsonException>(() => document.Read(twice));
                return (ex.Path == member.Path && ex.Message.StartsWith($"{member.Path}: ", StringComparison.Ordinal) && ex.Message.Contains("more than once", StringComparison.Ordinal))
                    .Label($"{member.Path} twice in {twice}: {ex.Path} / {ex.Message}");
            });

    private static void AssertRefused(Func<object> read, string path)
    {
        JsonException ex = Assert.Throws<JsonException>(read);
        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("more than once", ex.Message, StringComparison.Ordinal);
    }
}
