namespace MesoRules.Localization;

/// <summary>
/// One value per shipped language, each built on its first use, once; thread-safe (two threads racing build equal values
/// and either one serves). The builder is a static function of a state, so a read allocates nothing.
/// </summary>
internal sealed class PerLanguage<T>
    where T : class
{
    private readonly T?[] _built = new T?[PatientLanguage.Shipped.Length];

    /// <summary>The value for <paramref name="language"/>, built by <paramref name="build"/> from <paramref name="state"/> on first use.</summary>
    public T Get<TState>(PatientLanguage language, TState state, Func<TState, PatientLanguage, T> build)
    {
        T? built = Volatile.Read(ref _built[language.Index]);
        if (built is not null)
        {
            return built;
        }

        built = build(state, language);
        return Interlocked.CompareExchange(ref _built[language.Index], built, null) ?? built;
    }
}
