using Microsoft.Extensions.Options;

namespace MesoRules.Policy;

/// <summary>
/// A policy provider that follows <see cref="IOptionsMonitor{TOptions}"/>: when the options change, a new
/// snapshot is compiled and replaces the old one in a single reference swap, so a reader sees either the
/// old snapshot or the new one, never a mix. Options that fail validation on a change leave the old
/// snapshot in force.
/// </summary>
public sealed class MonitoredPolicyProvider : IMesoRulesPolicyProvider, IDisposable
{
    private readonly IDisposable? _subscription;
    private MesoRulesPolicy _current;

    /// <summary>Creates the provider and compiles the current options.</summary>
    /// <param name="options">The options monitor.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The current options are invalid.</exception>
    public MonitoredPolicyProvider(IOptionsMonitor<MesoRulesOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _current = MesoRulesPolicy.Create(options.CurrentValue);
        _subscription = options.OnChange(OnOptionsChanged);
    }

    /// <inheritdoc/>
    public MesoRulesPolicy Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot replaced the old one. The argument is the new snapshot.</summary>
    public event EventHandler<MesoRulesPolicy>? PolicyChanged;

    /// <summary>Raised when changed options failed validation and the old snapshot stayed in force.</summary>
    public event EventHandler<OptionsValidationException>? PolicyRejected;

    /// <summary>Stops following option changes.</summary>
    public void Dispose() => _subscription?.Dispose();

    private void OnOptionsChanged(MesoRulesOptions options, string? name)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return;
        }

        MesoRulesPolicy next;
        try
        {
            next = MesoRulesPolicy.Create(options);
        }
        catch (OptionsValidationException ex)
        {
            PolicyRejected?.Invoke(this, ex);
            return;
        }

        Volatile.Write(ref _current, next);
        PolicyChanged?.Invoke(this, next);
    }
}
