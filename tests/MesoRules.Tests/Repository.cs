namespace MesoRules.Tests;

/// <summary>The repository the tests run in: tests that read the README, the docs or the sources find them from here.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MesoRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MesoRules.sln not found above the test's folder.");
    }
}
