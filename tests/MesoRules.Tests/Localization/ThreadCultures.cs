using System.Globalization;

namespace MesoRules.Tests.Localization;

/// <summary>Runs the same writing under several thread cultures, restoring the thread's own afterwards.</summary>
internal static class ThreadCultures
{
    /// <summary>What <paramref name="write"/> returns under each culture of <paramref name="names"/>, in order.</summary>
    public static string[] Each(IEnumerable<string> names, Func<string> write)
    {
        CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            return [.. names.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return write();
            })];
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
