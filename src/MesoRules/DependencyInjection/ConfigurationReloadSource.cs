using MesoRules.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MesoRules.DependencyInjection;

/// <summary>Signals a change of <see cref="MesoRulesOptions"/> whenever the bound configuration section reloads.</summary>
internal sealed class ConfigurationReloadSource(IConfiguration configuration) : IOptionsChangeTokenSource<MesoRulesOptions>
{
    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => configuration.GetReloadToken();

    /// <summary>
    /// Whether this source follows <paramref name="other"/>: the same object, or a section with the same path of the
    /// same configuration root (sections are made anew on each lookup; a section hands out its root's reload token).
    /// </summary>
    public bool Binds(IConfiguration other) =>
        ReferenceEquals(configuration, other)
        || (configuration is IConfigurationSection mine && other is IConfigurationSection theirs
            && string.Equals(mine.Path, theirs.Path, StringComparison.OrdinalIgnoreCase)
            && ReferenceEquals(mine.GetReloadToken(), theirs.GetReloadToken()));
}
