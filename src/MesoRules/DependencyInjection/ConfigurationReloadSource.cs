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
}
