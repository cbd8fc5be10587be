using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MesoRules.Disclosure;
using MesoRules.Patients;
using MesoRules.Policy;
using MesoRules.Serialization;
using MesoRules.Tests.Disclosure;

namespace MesoRules.Tests.Serialization;

/// <summary>The examples in docs/json.md are what the library writes today: the policy version, and the disclosure of the documented patient.</summary>
public partial class DocsExampleTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "json.md"));

    /// <summary>The first JSON block after a heading.</summary>
    private static string Example(string heading)
    {
        int at = Docs.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/json.md has no heading {heading}");
        int start = Docs.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        return Docs[start..Docs.IndexOf("```", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("\"(policyVersion|version)\": \"([0-9a-f]{16})\"")]
    private static partial Regex PolicyVersions();

    [Fact]
    public void Every_policy_version_in_the_docs_is_the_default_policy_version()
    {
        MatchCollection found = PolicyVersions().Matches(Docs);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(MesoRulesPolicy.Default.Version, m.Groups[2].Value));
    }

    [Fact]
    public void The_documented_disclosure_is_the_one_the_library_gives_the_documented_patient()
    {
        PatientProfile patient = MesoRulesJson.Deserialize<PatientProfile>(Example("## PatientProfile (input)"));
        JsonNode documented = JsonNode.Parse(Example("## RiskDisclosure (output"))!;
        var createdAt = DateTimeOffset.Parse((string)documented["createdAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        RiskDisclosure actual = new DisclosureEngine(MesoRulesPolicy.Default, new FakeTimeProvider(createdAt)).Disclose(patient);

        Assert.True(actual.ContentHash == (string)documented["contentHash"]!, $"the documented content hash should be {actual.ContentHash}");
        Assert.Equal(actual.HistoryHash, (string)documented["historyHash"]!);
        Assert.Equal(actual.PolicyVersion, (string)documented["policyVersion"]!);
    }
}
