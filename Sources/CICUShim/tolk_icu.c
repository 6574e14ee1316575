#include "tolk_icu.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/unumsys.h>
#include <unicode/upluralrules.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/uenum.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

static int32_t copy_out(const char *text, char *out, int32_t capacity) {
    int32_t length = (int32_t)strlen(text);
    if (length + 1 > capacity) return -1;
    memcpy(out, text, (size_t)length + 1);
    return length;
}

static int32_t uchars_to_utf8(const UChar *text, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strToUTF8(out, capacity, &written, text, length, &status);
    if (U_FAILURE(status) || written + 1 > capacity) return -1;
    out[written] = 0;
    return written;
}

int32_t tolk_plural_categories(const char *locale, char *out, int32_t capacity) {
    static const char *order[] = {"zero", "one", "two", "few", "many", "other"};
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_openForType(locale, UPLURAL_TYPE_CARDINAL, &status);
    if (U_FAILURE(status)) return -1;
    UEnumeration *keywords = uplrules_getKeywords(rules, &status);
    int present[6] = {0};
    if (U_SUCCESS(status)) {
        const char *keyword;
        int32_t length;
        while ((keyword = uenum_next(keywords, &length, &status)) != NULL && U_SUCCESS(status)) {
            for (int i = 0; i < 6; i++) if (strcmp(keyword, order[i]) == 0) present[i] = 1;
        }
        uenum_close(keywords);
    }
    uplrules_close(rules);
    if (U_FAILURE(status)) return -1;
    char buffer[64] = {0};
    for (int i = 0; i < 6; i++) {
        if (!present[i]) continue;
        if (buffer[0]) strcat(buffer, " ");
        strcat(buffer, order[i]);
    }
    return copy_out(buffer, out, capacity);
}

int32_t tolk_plural_select(const char *locale, double number, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_openForType(locale, UPLURAL_TYPE_CARDINAL, &status);
    if (U_FAILURE(status)) return -1;
    UChar keyword[32];
    int32_t length = uplrules_select(rules, number, keyword, 32, &status);
    uplrules_close(rules);
    if (U_FAILURE(status)) return -1;
    return uchars_to_utf8(keyword, length, out, capacity);
}

int64_t tolk_plural_single_integer(const char *locale, const char *keyword) {
    static const double large[] = {10000, 100000, 1000000, 2000000, 1000000000};
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_openForType(locale, UPLURAL_TYPE_CARDINAL, &status);
    if (U_FAILURE(status)) return -1;
    int64_t found = -1;
    int count = 0;
    char selected[32];
    const int last = 1000 + (int)(sizeof large / sizeof large[0]);
    for (int i = 0; i <= last && count < 2; i++) {
        double number = i <= 1000 ? (double)i : large[i - 1001];
        UChar word[32];
        int32_t length = uplrules_select(rules, number, word, 32, &status);
        if (U_FAILURE(status) || length >= 32) break;
        u_UCharsToChars(word, selected, length);
        selected[length] = 0;
        if (strcmp(selected, keyword) == 0) { found = (int64_t)number; count++; }
    }
    uplrules_close(rules);
    return U_FAILURE(status) || count != 1 ? -1 : found;
}

int32_t tolk_numbering_system(const char *locale, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberingSystem *system = unumsys_open(locale, &status);
    if (U_FAILURE(status)) return -1;
    const char *name = unumsys_getName(system);
    int32_t result = name ? copy_out(name, out, capacity) : -1;
    unumsys_close(system);
    return result;
}

int32_t tolk_script_of(uint32_t codepoint, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codepoint, &status);
    if (U_FAILURE(status)) return -1;
    const char *name = uscript_getShortName(code);
    return name ? copy_out(name, out, capacity) : -1;
}

int32_t tolk_script_code(uint32_t codepoint) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript((UChar32)codepoint, &status);
    return U_FAILURE(status) ? -1 : (int32_t)code;
}

int32_t tolk_script_name(int32_t code, char *out, int32_t capacity) {
    const char *name = uscript_getShortName((UScriptCode)code);
    return name ? copy_out(name, out, capacity) : -1;
}

int32_t tolk_likely_script(const char *locale, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    char maximized[ULOC_FULLNAME_CAPACITY];
    uloc_addLikelySubtags(locale, maximized, ULOC_FULLNAME_CAPACITY, &status);
    if (U_FAILURE(status)) return -1;
    char script[ULOC_SCRIPT_CAPACITY];
    int32_t length = uloc_getScript(maximized, script, ULOC_SCRIPT_CAPACITY, &status);
    if (U_FAILURE(status) || length == 0) return -1;
    return copy_out(script, out, capacity);
}

int32_t tolk_display_name(const char *locale, const char *display_locale, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UChar name[256];
    int32_t length = uloc_getDisplayName(locale, display_locale, name, 256, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING) return copy_out("", out, capacity);
    return uchars_to_utf8(name, length, out, capacity);
}

int32_t tolk_language_is_known(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    char language[ULOC_LANG_CAPACITY];
    uloc_getLanguage(locale, language, ULOC_LANG_CAPACITY, &status);
    if (U_FAILURE(status) || language[0] == 0) return 0;
    UChar name[128];
    status = U_ZERO_ERROR;
    int32_t length = uloc_getDisplayLanguage(language, "en", name, 128, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length == 0) return 0;
    // ICU echoes an unknown code back as its own "name".
    char echoed[128];
    if (uchars_to_utf8(name, length, echoed, 128) < 0) return 0;
    return strcmp(echoed, language) != 0;
}

int32_t tolk_digit_value(uint32_t codepoint) {
    return u_charDigitValue((UChar32)codepoint);
}

int32_t tolk_format_integer(const char *locale, int64_t number, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = unum_open(UNUM_DECIMAL, NULL, 0, locale, NULL, &status);
    if (U_FAILURE(status)) return -1;
    UChar text[64];
    int32_t length = unum_formatInt64(format, number, text, 64, NULL, &status);
    unum_close(format);
    if (U_FAILURE(status)) return -1;
    return uchars_to_utf8(text, length, out, capacity);
}

/// One thread's break iterators, kept between calls: opening one builds its rules from ICU's
/// data (converting them to UTF-16 on the way), which cost more than breaking a passage did.
/// An iterator is only ever used by the thread that opened it (ICU's iterators are not
/// thread-safe), and is closed when that thread ends.
typedef struct {
    UBreakIterator *iterator;
    char locale[64];
} KeptBreaks;

typedef struct {
    KeptBreaks words;
    KeptBreaks sentences;
} ThreadBreaks;

static pthread_key_t thread_breaks_key;
static pthread_once_t thread_breaks_once = PTHREAD_ONCE_INIT;

static void close_thread_breaks(void *value) {
    ThreadBreaks *breaks = value;
    if (breaks->words.iterator) ubrk_close(breaks->words.iterator);
    if (breaks->sentences.iterator) ubrk_close(breaks->sentences.iterator);
    free(breaks);
}

static void make_thread_breaks_key(void) { pthread_key_create(&thread_breaks_key, close_thread_breaks); }

/// This thread's kept iterator of `type`, or NULL when none can be kept (the caller then opens
/// its own).
static KeptBreaks *kept_breaks(UBreakIteratorType type) {
    pthread_once(&thread_breaks_once, make_thread_breaks_key);
    ThreadBreaks *breaks = pthread_getspecific(thread_breaks_key);
    if (!breaks) {
        breaks = calloc(1, sizeof(ThreadBreaks));
        if (!breaks) return NULL;
        if (pthread_setspecific(thread_breaks_key, breaks) != 0) { free(breaks); return NULL; }
    }
    return type == UBRK_WORD ? &breaks->words : &breaks->sentences;
}

/// A break iterator of `type` in `locale`: this thread's kept one when it has one for that
/// locale, else a new one (kept for next time when the locale's name fits). `*owned` says the
/// caller must close it.
static UBreakIterator *break_iterator(UBreakIteratorType type, const char *locale, int *owned, UErrorCode *status) {
    KeptBreaks *kept = kept_breaks(type);
    if (kept && kept->iterator && strcmp(kept->locale, locale) == 0) {
        *owned = 0;
        return kept->iterator;
    }
    UBreakIterator *breaks = ubrk_open(type, locale, NULL, 0, status);
    if (U_FAILURE(*status)) return NULL;
    if (kept && strlen(locale) < sizeof kept->locale) {
        if (kept->iterator) ubrk_close(kept->iterator);
        kept->iterator = breaks;
        strcpy(kept->locale, locale);
        *owned = 0;
    } else {
        *owned = 1;
    }
    return breaks;
}

/// A break iterator of `type` over UTF-8 text: through UText, so boundaries are byte offsets
/// into the caller's text and nothing is converted to UTF-16. `utext` is the caller's (on its
/// stack); close it, and the iterator when `*owned`, with `close_breaks`.
static UBreakIterator *open_breaks(UBreakIteratorType type, const char *locale, const char *text, int32_t length,
                                   UText *utext, int *owned, UErrorCode *status) {
    utext_openUTF8(utext, text, length, status);
    if (U_FAILURE(*status)) return NULL;
    UBreakIterator *breaks = break_iterator(type, locale, owned, status);
    if (!breaks) { utext_close(utext); return NULL; }
    ubrk_setUText(breaks, utext, status);
    if (U_FAILURE(*status)) {
        if (*owned) ubrk_close(breaks);
        utext_close(utext);
        return NULL;
    }
    return breaks;
}

/// Ends a use of `open_breaks`. A kept iterator is pointed at an empty text, so it holds no
/// pointer into the caller's bytes once they are gone.
static void close_breaks(UBreakIterator *breaks, UText *utext, int owned) {
    if (owned) {
        ubrk_close(breaks);
    } else {
        UErrorCode status = U_ZERO_ERROR;
        ubrk_setText(breaks, NULL, 0, &status);
    }
    utext_close(utext);
}

int32_t tolk_sentence_breaks(const char *locale, const char *text, int32_t length, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    int owned = 0;
    UBreakIterator *breaks = open_breaks(UBRK_SENTENCE, locale, text, length, &utext, &owned, &status);
    if (!breaks) return -1;
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(breaks); boundary != UBRK_DONE; boundary = ubrk_next(breaks)) {
        if (count < capacity) out[count] = boundary;
        count++;
    }
    close_breaks(breaks, &utext, owned);
    return count;
}

int32_t tolk_words(const char *locale, const char *text, int32_t length, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    int owned = 0;
    UBreakIterator *breaks = open_breaks(UBRK_WORD, locale, text, length, &utext, &owned, &status);
    if (!breaks) return -1;
    int32_t count = 0;
    int32_t start = ubrk_first(breaks);
    for (int32_t end = ubrk_next(breaks); end != UBRK_DONE; start = end, end = ubrk_next(breaks)) {
        int32_t rule = ubrk_getRuleStatus(breaks);
        int32_t kind = 0;
        if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT) kind = 1;  // letters, kana, ideographs
        else if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) kind = 2;
        if (kind == 0) continue;
        if (3 * count + 2 < capacity) {
            out[3 * count] = start;
            out[3 * count + 1] = end;
            out[3 * count + 2] = kind;
        }
        count++;
    }
    close_breaks(breaks, &utext, owned);
    return count;
}
