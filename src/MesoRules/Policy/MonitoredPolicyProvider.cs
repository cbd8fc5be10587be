using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MesoRules.Policy;

/// <summary>
/// A policy provider that follows option changes: when a change source (such as a reloaded configuration)
/// signals, the options are built again through the options factory (running every configuration step and
/// validator), compiled into a new snapshot, and swapped in with a single reference write, so a reader sees
/// either the old snapshot or the new one, never a mix. Options that fail validation on a change leave the
/// old snapshot in force and raise <see cref="PolicyRejected"/>, as do values the configuration binder cannot
/// convert and any exception of a configuration step; nothing is thrown into the reload, not even by a handler of
/// these events. A reload that leaves the policy version unchanged raises nothing; a configuration source that
/// signals twice for one edit may have a rejection reported twice.
/// </summary>
/// <remarks>
/// With options bound by <c>AddMesoRules(configuration)</c>, a reload that finds the section missing or empty after it
/// had settings is rejected too, naming the section: a configuration cannot tell a deleted settings file from an empty
/// section, and editors and deployment tools delete the file and write it again. To return to the shipped defaults,
/// write one setting, for example <c>PolicyName</c>. A section empty from the start means the shipped defaults.
/// </remarks>
public sealed class MonitoredPolicyProvider : IMesoRulesPolicyProvider, IDisposable
{
    private readonly IOptionsFactory<MesoRulesOptions> _factory;
    private readonly MesoRulesOptionsValidator? _validator;
    private readonly List<IDisposable> _subscriptions = [];
    private MesoRulesPolicy _current;

    /// <summary>Creates the provider, compiles the current options, and subscribes to the change sources for the default options name.</summary>
    /// <param name="factory">The options factory, which configures and validates <see cref="MesoRulesOptions"/>.</param>
    /// <param name="sources">The change sources, for example the configuration section the options are bound from.</param>
    /// <param name="validator">
    /// The library's validator when the factory runs it (options it accepted while being built are compiled without a second
    /// validation), or <see langword="null"/>: every snapshot's options are then validated when compiled.
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="OptionsValidationException">The current options are invalid.</exception>
    internal MonitoredPolicyProvider(IOptionsFactory<MesoRulesOptions> factory, IEnumerable<IOptionsChangeTokenSource<MesoRulesOptions>> sources, MesoRulesOptionsValidator? validator = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(sources);
        _factory = factory;
        _validator = validator;
        _current = Build();
        foreach (IOptionsChangeTokenSource<MesoRulesOptions> source in sources)
        {
            if (source is not null && (source.Name is null || source.Name == Options.DefaultName))
            {
                _subscriptions.Add(ChangeToken.OnChange(source.GetChangeToken, Reload));
            }
        }
    }

    /// <inheritdoc/>
    public MesoRulesPolicy Current => Volatile.Read(ref _current);

    /// <summary>Raised after a new snapshot replaced the old one. The argument is the new snapshot.</summary>
    public event EventHandler<MesoRulesPolicy>? PolicyChanged;

    /// <summary>Raised when changed options failed validation (or could not be bound, or the bound configuration section lost every setting) and the old snapshot stayed in force. The argument lists every failure.</summary>
    public event EventHandler<OptionsValidationException>? PolicyRejected;

    /// <summary>Stops following option changes.</summary>
    public void Dispose()
    {
        foreach (IDisposable subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }

    private void Reload()
    {
        MesoRulesPolicy next;
        try
        {
            next = Build();
        }
        catch (OptionsValidationException ex)
        {
            Raise(PolicyRejected, ex);
            return;
        }
#pragma warning disable CA1031 // Whatever a configuration step throws (the clinic's own code included) must not escape into the reload.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            Raise(PolicyRejected, new OptionsValidationException(Options.DefaultName, typeof(MesoRulesOptions), [$"{MesoRulesOptions.SectionName}: the options could not be built: {FirstLine(ex.Message)}"]));
            return;
        }

        // A reload can signal more than once for one change; an unchanged policy is not a change.
        MesoRulesPolicy current = Volatile.Read(ref _current);
        if (next.Version == current.Version && next.Name == current.Name)
        {
            return;
        }

        Volatile.Write(ref _current, next);
        Raise(PolicyChanged, next);
    }

    /// <summary>Calls every handler; one that throws neither stops the others nor escapes into the reload.</summary>
    private void Raise<T>(EventHandler<T>? handlers, T argument)
    {
        if (handlers is null)
        {
            return;
        }

        foreach (EventHandler<T> handler in handlers.GetInvocationList().Cast<EventHandler<T>>())
        {
#pragma warning disable CA1031 // A subscriber's exception must not break the reload or the other subscribers.
            try
            {
                handler(this, argument);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
            }
#pragma warning restore CA1031
        }
    }

    /// <summary>
    /// Builds the options through the factory and compiles them. The factory runs the validators after every configuration
    /// step, so options that the library's validator accepted during this very build are compiled as they are; any others
    /// (the validator removed from the services, or a factory that does not run it) are validated here.
    /// </summary>
    private MesoRulesPolicy Build()
    {
        _validator?.Forget();
        MesoRulesOptions options = _factory.Create(Options.DefaultName);
        return _validator is not null && _validator.Accepted(options) ? MesoRulesPolicy.Compile(options) : MesoRulesPolicy.Create(options);
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
