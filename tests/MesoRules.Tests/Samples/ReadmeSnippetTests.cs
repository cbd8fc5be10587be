namespace MesoRules.Tests.Samples;

/// <summary>
/// The README's C# examples are code of the package consumer (tests/PackageConsumer/Program.cs), which CI compiles
/// against the packed package and runs on .NET 8 and .NET 10: an example that stops compiling fails CI only if the
/// consumer holds it as written. Lines are compared without their leading and trailing white space, since the
/// consumer nests some examples in methods.
/// </summary>
public class ReadmeSnippetTests
{
    private static readonly string Root = Repository.Root;
    private static readonly string[] Readme = ReadLines(Path.Combine(Root, "README.md"));
    private static readonly string Consumer = Normalize(ReadLines(Path.Combine(Root, "tests", "PackageConsumer", "Program.cs")));

    private static string[] ReadLines(string path) => File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');

    private static string Normalize(IEnumerable<string> lines) => string.Join('\n', lines.Select(line => line.Trim()));

    /// <summary>Every ```csharp block of the README with the "## " heading it falls under.</summary>
    private static List<(string Section, string[] Lines)> CSharpBlocks()
    {
        var blocks = new List<(string, string[])>();
        string section = "";
        for (int i = 0; i < Readme.Length; i++)
        {
            if (Readme[i].StartsWith("## ", StringComparison.Ordinal))
            {
                section = Readme[i][3..].Trim();
            }
            else if (Readme[i].Trim() == "```csharp")
            {
                int end = Array.FindIndex(Readme, i + 1, line => line.Trim() == "```");
                Assert.True(end > i, $"README.md: the ```csharp block at line {i + 1} is not closed");
                blocks.Add((section, Readme[(i + 1)..end]));
                i = end;
            }
        }

        return blocks;
    }

    private static List<string> NotInConsumer(IEnumerable<(string Section, string[] Lines)> blocks) =>
        blocks.Where(b => !Consumer.Contains(Normalize(b.Lines), StringComparison.Ordinal))
              .Select(b => $"\"{b.Section}\" block starting \"{b.Lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim()}\"")
              .ToList();

    [Fact]
    public void Every_csharp_example_of_using_the_package_is_in_the_package_consumer_as_written()
    {
        var blocks = CSharpBlocks().Where(b => b.Section == "Using the package").ToList();

        Assert.True(blocks.Count >= 2, $"README.md's \"Using the package\" section should hold its C# examples; found {blocks.Count}");
        List<string> missing = NotInConsumer(blocks);
        Assert.True(missing.Count == 0,
            "tests/PackageConsumer/Program.cs should hold, line for line, README.md's " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_other_csharp_example_of_the_readme_is_in_the_package_consumer_as_written()
    {
        var blocks = CSharpBlocks().Where(b => b.Section != "Using the package").ToList();

        Assert.NotEmpty(blocks);
        List<string> missing = NotInConsumer(blocks);
        Assert.True(missing.Count == 0,
            "tests/PackageConsumer/Program.cs should hold, line for line, README.md's " + string.Join("; ", missing));
    }
}
