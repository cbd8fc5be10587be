using System.Globalization;

namespace MesoRules.Tests.Core;

/// <summary>Runs code under another current culture and UI culture, restoring both after.</summary>
internal static class ThreadCulture
{
    /// <summary>The cultures whose number, date and casing rules differ most from the invariant one.</summary>
    public static TheoryData<string> Unusual => ["tr-TR", "ar-SA"];

    public static T Under<T>(string name, Func<T> run)
    {
        CultureInfo culture = CultureInfo.CurrentCulture, ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
            return run();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>What <paramref name="run"/> returns under each culture of <paramref name="names"/>, in order.</summary>
    public static string[] Each(IEnumerable<string> names, Func<string> run) => [.. names.Select(name => Under(name, run))];
}
