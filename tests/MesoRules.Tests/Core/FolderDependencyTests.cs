using System.Text.RegularExpressions;
using Xunit;

namespace MesoRules.Tests.Core;

/// <summary>
/// Keeps docs/architecture.md true: reads every library source file, finds the folders (namespaces) it names through
/// <c>using</c> lines and qualified names, and checks the arrows against the picture.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private static readonly string[] Features = ["Eligibility", "Aftercare", "Disclosure", "Planning"];

    // The picture in docs/architecture.md: each folder and the folders it may name.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Localization"] = [],
        ["Core"] = ["Localization"],
        ["Patients"] = ["Core"],
        ["Eligibility"] = ["Core", "Localization", "Patients"],
        ["Aftercare"] = ["Core", "Localization", "Patients"],
        ["Disclosure"] = ["Core", "Localization", "Patients"],
        ["Planning"] = ["Core", "Localization", "Patients", "Eligibility", "Aftercare", "Disclosure"],
        ["Policy"] = ["Core", "Localization", "Patients", "Eligibility", "Aftercare", "Disclosure", "Planning"],
        ["Assessment"] = ["Core", "Localization", "Patients", "Eligibility", "Aftercare", "Disclosure", "Planning", "Policy"],
        ["Serialization"] = ["Core", "Localization", "Patients", "Eligibility", "Aftercare", "Disclosure", "Planning", "Policy", "Assessment"],
        ["DependencyInjection"] = ["Core", "Localization", "Patients", "Eligibility", "Aftercare", "Disclosure", "Planning", "Policy", "Assessment"],
    };

    // The one documented arrow back: an engine reads its compiled part from the policy snapshot it is given.
    private static readonly string[] SnapshotTypes = ["IMesoRulesPolicyProvider", "MesoRulesPolicy"];

    private static readonly string Source = Repository.PathOf("src", "MesoRules");

    [Fact]
    public void Every_folder_names_only_the_folders_the_architecture_allows()
    {
        List<string> wrong = [];
        foreach ((string folder, string file, string named) in References())
        {
            bool snapshot = named == "Policy" && Features.Contains(folder);
            if (!snapshot && !Allowed[folder].Contains(named))
            {
                wrong.Add($"{file} names {named}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_feature_names_the_policy_folder_only_to_read_its_snapshot()
    {
        HashSet<string> policyTypes = [.. Directory.EnumerateFiles(Path.Combine(Source, "Policy"), "*.cs").SelectMany(f => DeclaredType().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))];
        List<string> wrong = [];
        foreach (string feature in Features)
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(Source, feature), "*.cs"))
            {
                string code = WithoutComments(File.ReadAllText(file));
                foreach (string type in policyTypes.Where(t => !SnapshotTypes.Contains(t) && Regex.IsMatch(code, $@"\b{t}\b")))
                {
                    wrong.Add($"{feature}/{Path.GetFileName(file)} uses Policy's {type}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Without_the_snapshot_arrow_the_folders_form_no_cycle()
    {
        Dictionary<string, HashSet<string>> graph = Allowed.Keys.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach ((string folder, _, string named) in References())
        {
            if (!(named == "Policy" && Features.Contains(folder)))
            {
                graph[folder].Add(named);
            }
        }

        Assert.Equal("", Cycle(graph));
    }

    [Fact]
    public void The_folders_checked_are_the_folders_of_the_library()
    {
        string[] folders = [.. Directory.EnumerateDirectories(Source).Select(Path.GetFileName).Where(d => d is not ("bin" or "obj")).Order(StringComparer.Ordinal)!];
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), folders);
    }

    private static IEnumerable<(string Folder, string File, string Named)> References()
    {
        foreach (string folder in Allowed.Keys)
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(Source, folder), "*.cs"))
            {
                string code = WithoutComments(File.ReadAllText(file));
                foreach (string named in NamedFolder().Matches(code).Select(m => m.Groups[1].Value).Distinct().Where(n => n != folder))
                {
                    yield return (folder, $"{folder}/{Path.GetFileName(file)}", named);
                }
            }
        }
    }

    private static string Cycle(Dictionary<string, HashSet<string>> graph)
    {
        Dictionary<string, int> state = [];
        Stack<string> path = new();
        string? found = null;

        void Visit(string node)
        {
            state[node] = 1;
            path.Push(node);
            foreach (string next in graph[node].Order(StringComparer.Ordinal))
            {
                if (found is not null)
                {
                    return;
                }

                if (state.GetValueOrDefault(next) == 1)
                {
                    found = string.Join(" -> ", path.Reverse().SkipWhile(n => n != next).Append(next));
                    return;
                }

                if (state.GetValueOrDefault(next) == 0)
                {
                    Visit(next);
                }
            }

            path.Pop();
            state[node] = 2;
        }

        foreach (string node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (found is null && state.GetValueOrDefault(node) == 0)
            {
                Visit(node);
            }
        }

        return found ?? "";
    }

    private static string WithoutComments(string code) => Comment().Replace(code, "");

    [GeneratedRegex(@"\bMesoRules\.(Core|Patients|Eligibility|Aftercare|Disclosure|Planning|Policy|Assessment|Serialization|DependencyInjection)\b")]
    private static partial Regex NamedFolder();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(\w+)")]
    private static partial Regex DeclaredType();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();
}
