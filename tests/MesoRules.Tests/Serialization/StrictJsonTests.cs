using System.Text.Json;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Serialization;

namespace MesoRules.Tests.Serialization;

/// <summary>Reading is strict: what could mean two things, or nothing, is refused at read time, naming the path and never echoing the text.</summary>
public class StrictJsonTests
{
    private const string Hash = "3b27a64a431ad456cb45bcdb05929cfd24385f1227092dc903caf714b525d880";

    private static string Acknowledgment(string acknowledgedAt) =>
        $$"""{"disclosureHash":"{{Hash}}","policyVersion":"0123456789abcdef","patientReference":"MRN-1","acknowledgedAt":"{{acknowledgedAt}}","acknowledgedBy":"Patient"}""";

    [Theory]
    [InlineData("""{"cause":99}""", "$.cause")]
    [InlineData("""{"cause":"1"}""", "$.cause")]
    [InlineData("""{"cause":"AndrogeneticAlopecia, Other"}""", "$.cause")]
    [InlineData("""{"health":{"pregnancy":"No, Yes"}}""", "$.health.pregnancy")]
    [InlineData("""{"severity":true}""", "$.severity")]
    public void An_enum_given_as_a_number_a_numeric_string_or_joined_names_is_refused_naming_the_path(string json, string path)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_names_are_read_ignoring_case_and_written_as_declared()
    {
        PatientProfile p = MesoRulesJson.Deserialize<PatientProfile>("""{"cause":"androgeneticalopecia","health":{"pregnancy":"YES"}}""");
        Assert.Equal(HairLossCause.AndrogeneticAlopecia, p.Cause);
        Assert.Equal(Answer.Yes, p.Health.Pregnancy);
        Assert.Contains("\"cause\": \"AndrogeneticAlopecia\"", MesoRulesJson.Serialize(p), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-20T09:00:00")]
    [InlineData("2026-02-20")]
    [InlineData("2026-02-20T09:00:00.1234567")]
    public void An_instant_without_its_offset_is_refused_so_it_means_the_same_on_every_machine(string instant)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(Acknowledgment(instant)));
        Assert.Equal("$.acknowledgedAt", ex.Path);
        Assert.Contains("UTC offset", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-02-20T09:00:00Z", 9)]
    [InlineData("2026-02-20T09:00:00+01:00", 8)]
    [InlineData("2026-02-20T09:00:00-05:00", 14)]
    [InlineData("2026-02-20T09:00:00\\u002B01:00", 8)]
    public void An_instant_with_its_offset_is_read_exactly(string instant, int utcHour)
    {
        DisclosureAcknowledgment ack = MesoRulesJson.Deserialize<DisclosureAcknowledgment>(Acknowledgment(instant));
        Assert.Equal(utcHour, ack.AcknowledgedAt.UtcDateTime.Hour);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+00:00")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    public void An_unset_acknowledgment_instant_is_refused_naming_the_field(string instant)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(Acknowledgment(instant)));
        Assert.StartsWith("$.acknowledgedAt: acknowledgedAt is outside", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.acknowledgedAt", ex.Path);
    }

    [Theory]
    [InlineData("""{"allergiesDisclosed": tJohnSmith}""")]
    [InlineData("""{"cause": "AndrogeneticAlopecia", "currentMedicines": ["JohnSmithDOB1980" """)]
    [InlineData("not json JohnSmith\n")]
    public void A_syntax_error_names_the_position_on_one_line_and_never_echoes_the_text(string json)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.DoesNotContain("JohnSmith", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("JohnSmith", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"disclosureHash\":\"abc\"", "disclosureHash", "64 hex digits")]
    [InlineData("\"historyHash\":\"abc\"", "historyHash", "64 hex digits")]
    [InlineData("\"acknowledgedAt\":\"0001-01-01T00:00:00Z\"", "acknowledgedAt", "1900-01-01")]
    [InlineData("\"acknowledgedBy\":\"Neighbour\"", "acknowledgedBy", "Patient, Guardian")]
    [InlineData("\"patientReference\":\"  \"", "patientReference", "1 to 200 characters")]
    public void A_bad_member_of_a_nested_acknowledgment_is_named_at_its_exact_path(string member, string name, string expected)
    {
        string good = Acknowledgment("2026-02-20T09:00:00Z");
        string bad = good.Replace($"\"{name}\":", $"\"{name}_old\":", StringComparison.Ordinal).Replace("{", "{" + member + ",", StringComparison.Ordinal);
        bad = System.Text.RegularExpressions.Regex.Replace(bad, $",?\"{name}_old\":(\"[^\"]*\")", string.Empty);
        string json = $$"""{"patient":{},"courseStart":"2026-03-02","timeZone":"UTC","acknowledgments":[{{good}},{{bad}}]}""";

        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<MesoRules.Planning.PlanRequest>(json));

        Assert.Equal($"$.acknowledgments[1].{name}", ex.Path);
        Assert.StartsWith($"$.acknowledgments[1].{name}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN-1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_of_an_acknowledgment_is_reported_at_the_acknowledgment_listing_the_members()
    {
        string json = Acknowledgment("2026-02-20T09:00:00Z").Replace("{", "{\"note\":\"x\",", StringComparison.Ordinal);
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<DisclosureAcknowledgment>(json));
        Assert.Equal("$", ex.Path);
        Assert.DoesNotContain("note", ex.Message, StringComparison.Ordinal);
        Assert.Contains("disclosureHash, historyHash, policyVersion, patientReference, acknowledgedAt, acknowledgedBy", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"ageYears":"10"}""", "$.ageYears", "whole number")]
    [InlineData("""{"ageYears":"1e1"}""", "$.ageYears", "whole number")]
    [InlineData("""{"allergiesDisclosed":"true"}""", "$.allergiesDisclosed", "true or false")]
    [InlineData("""{"allergies":[{"substance":"latex","anaphylaxis":"false"}]}""", "$.allergies[0].anaphylaxis", "true or false")]
    public void A_number_or_a_boolean_written_as_a_string_is_refused_naming_the_path(string json, string path, string expected)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_request_number_written_as_a_string_is_refused_naming_the_path()
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<MesoRules.Planning.PlanRequest>("""{"patient":{},"courseStart":"2026-03-02", "timeZone": "UTC","maintenanceHorizonMonths":"6"}"""));
        Assert.Equal("$.maintenanceHorizonMonths", ex.Path);
        Assert.Contains("whole number", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_options_configured_with_the_contract_refuse_numbers_written_as_strings()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Assert.Equal(System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString, options.NumberHandling);
        MesoRulesJson.Configure(options);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatientProfile>("""{"ageYears":"10"}""", options));
    }

    [Theory]
    [InlineData("{\"cause\":\"Other\",\"<script>alert('John Smith')</script>\":1}", "$", 1)]
    [InlineData("{\"causeJohnSmith\":\"Other\"}", "$", 1)]
    [InlineData("{\"cause\":\"Other\",\n\"health\":{\n\"pregnancy\":\"No\",\"John Smith, born 1980-01-01\":\"Yes\"}}", "$.health", 3)]
    [InlineData("{\"allergies\":[{\"substance\":\"latex\",\"a'.b[0] John Smith\":true}]}", "$.allergies[0]", 1)]
    [InlineData("{\"formulation\":{\"name\":\"mix\",\"components\":[],\"John\\u0020Smith\":1}}", "$.formulation", 1)]
    public void An_unknown_member_is_reported_at_its_parent_with_its_position_never_by_its_name(string json, string path, int line)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not part of the contract", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"(line {line}, byte ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John", ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("script", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"acknowledgments\":[ACK],\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"patient\":{}}", "ACK", "$.acknowledgments[0]")]
    [InlineData("{\"calendar\":{\"openDays\":[\"Monday\"],\"<b>John Smith</b>\":[]},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\",\"patient\":{}}", "", "$.calendar")]
    [InlineData("{\"patient\":{\"<b>John Smith</b>\":1},\"courseStart\":\"2026-03-02\",\"timeZone\":\"UTC\"}", "", "$.patient")]
    public void An_unknown_member_of_a_nested_object_is_reported_at_that_object(string template, string placeholder, string path)
    {
        string json = placeholder.Length == 0 ? template : template.Replace(placeholder, Acknowledgment("2026-02-20T09:00:00Z").Replace("{", "{\"<b>John Smith</b>\":\"x\",", StringComparison.Ordinal), StringComparison.Ordinal);
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<MesoRules.Planning.PlanRequest>(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not part of the contract", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(line 1, byte ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"timeZone\":\"John/Smith\"", "$.timeZone", "IANA")]
    [InlineData("\"calendar\":{\"openDays\":[\"JohnSmith\"]}", "$.calendar.openDays", "Monday")]
    [InlineData("\"calendar\":{\"openDays\":[\"Monday\"],\"closedDates\":[\"JohnSmith\"]}", "$.calendar.closedDates", "yyyy-MM-dd")]
    [InlineData("\"calendar\":\"JohnSmith\"", "$.calendar", "openDays")]
    public void A_value_a_converter_refuses_is_named_by_its_path_never_quoted(string member, string path, string expected)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<MesoRules.Planning.PlanRequest>($$"""{"patient":{},"courseStart":"2026-03-02",{{member}}{{(member.Contains("timeZone", StringComparison.Ordinal) ? "" : ",\"timeZone\":\"UTC\"")}}}"""));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith($"{path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"cause\":\"Other\" /* John Smith */}")]
    [InlineData("{\"cause\":\"Other\",}")]
    public void Comments_and_trailing_commas_are_refused_by_the_library_and_by_host_options_configured_with_it(string json)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<PatientProfile>(json));
        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("John", ex.Message, StringComparison.Ordinal);

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        MesoRulesJson.Configure(options);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatientProfile>(json, options));
    }

    [Theory]
    [InlineData("{\n  \"patient\": {\n    \"cause\": \"AndrogeneticAlopecia\",\n    \"favouriteColour\": \"blue\"\n  },\n  \"courseStart\": \"2026-06-01\",\"timeZone\":\"UTC\"\n}", "$.patient: The object holds a member that is not part of the contract; its members are: cause, severity, ageYears, pregnancyPossible, health, allergiesDisclosed, allergies, medicinesDisclosed, currentMedicines, response, formulation (line 4, byte 23).")]
    [InlineData("{\"patient\":{\"health\":{\"pregnancy\":\"Yes\",\"pregnancy\":\"No\"}},\"courseStart\":\"2026-06-01\",\"timeZone\":\"UTC\"}", "$.patient.health.pregnancy: This member is written more than once; each member may appear only once (line 1, byte 57).")]
    [InlineData("{\"patient\":{\"ageYears\":\"10\"},\"courseStart\":\"2026-06-01\",\"timeZone\":\"UTC\"}", "$.patient.ageYears: The value must be a whole number, written as a number (line 1, byte 28).")]
    public void The_errors_shown_in_the_docs_are_the_ones_thrown(string json, string message)
    {
        JsonException ex = Assert.Throws<JsonException>(() => MesoRulesJson.Deserialize<MesoRules.Planning.PlanRequest>(json));
        Assert.Equal(message, ex.Message);
    }
}
