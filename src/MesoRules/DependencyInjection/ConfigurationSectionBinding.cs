using MesoRules.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MesoRules.DependencyInjection;

/// <summary>
/// One configuration section bound onto <see cref="MesoRulesOptions"/>: binds it (strictly, through
/// <see cref="MesoRulesConfigurationBinder"/>) and signals a change whenever it reloads.
/// </summary>
/// <remarks>
/// A configuration cannot tell a deleted settings file from an empty section (<c>Exists()</c> is false for both), and
/// an editor or a deployment tool deletes the file and writes it again. So once the section has had settings, a bind
/// that finds it without any is a binding failure, never the shipped defaults: on a reload that failure keeps the
/// policy in force. A section that is empty from the start binds to the shipped defaults.
/// </remarks>
internal sealed class ConfigurationSectionBinding(IConfiguration configuration) : IOptionsChangeTokenSource<MesoRulesOptions>
{
    private volatile bool _hadSettings;

    public string Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => configuration.GetReloadToken();

    public void Bind(MesoRulesOptions options)
    {
        if (configuration.GetChildren().Any())
        {
            _hadSettings = true;
            MesoRulesConfigurationBinder.Bind(configuration, options);
        }
        else if (_hadSettings)
        {
            options.BindingFailures.Add(MesoRulesConfigurationBinder.LostSection(configuration));
        }
    }

    /// <summary>
    /// Whether this binding follows <paramref name="other"/>: the same object, or a section with the same path of the
    /// same configuration root (sections are made anew on each lookup; a section hands out its root's reload token).
    /// </summary>
    public bool Binds(IConfiguration other) =>
        ReferenceEquals(configuration, other)
        || (configuration is IConfigurationSection mine && other is IConfigurationSection theirs
            && string.Equals(mine.Path, theirs.Path, StringComparison.OrdinalIgnoreCase)
            && ReferenceEquals(mine.GetReloadToken(), theirs.GetReloadToken()));
}
