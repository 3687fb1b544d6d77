/* The ToS classifier's word columns of ASCII text, counted in one pass.
 *
 * count_ascii_word_columns(text, prefix, n_features, counts) adds to the dict `counts`,
 * for each word of `text`, one to the column of `prefix + word`: exactly what
 *
 *     for word in re.findall(r"[a-z][a-z0-9]{1,23}", text.lower()):
 *         column = abs(sklearn.utils.murmurhash3_32(prefix + word, seed=0)) % n_features
 *         counts[column] = counts.get(column, 0) + 1
 *
 * does, with new columns added in the order they are first seen. `text` must be ASCII
 * (the caller takes the pattern route otherwise). It is the hot loop of scoring a long
 * message; tests/tos/test_word_columns.py holds it to the Python above.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define MAX_WORD 24   /* the pattern's longest word */
#define MAX_PREFIX 16 /* longer prefixes are refused */

static uint32_t rotl32(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

/* MurmurHash3_x86_32, as scikit-learn's murmurhash3_32 computes it (native byte order). */
static uint32_t murmur3_32(const uint8_t *key, Py_ssize_t len, uint32_t seed) {
    const uint32_t c1 = 0xcc9e2d51, c2 = 0x1b873593;
    uint32_t h = seed, k;
    Py_ssize_t i, blocks = len / 4;
    for (i = 0; i < blocks; i++) {
        memcpy(&k, key + 4 * i, 4);
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5 + 0xe6546b64;
    }
    const uint8_t *tail = key + 4 * blocks;
    k = 0;
    switch (len & 3) {
    case 3:
        k ^= (uint32_t)tail[2] << 16; /* fall through */
    case 2:
        k ^= (uint32_t)tail[1] << 8; /* fall through */
    case 1:
        k ^= tail[0];
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
    }
    h ^= (uint32_t)len;
    h ^= h >> 16;
    h *= 0x85ebca6b;
    h ^= h >> 13;
    h *= 0xc2b2ae35;
    h ^= h >> 16;
    return h;
}

static int is_letter(uint8_t c) { return c >= 'a' && c <= 'z'; }
static int is_word_char(uint8_t c) { return is_letter(c) || (c >= '0' && c <= '9'); }
static uint8_t lower(uint8_t c) { return (c >= 'A' && c <= 'Z') ? (uint8_t)(c + 32) : c; }

/* Per-call scratch: a count per column (all zero between calls) and the columns in the
 * order first seen. Owned by the module; the GIL is held throughout a call. */
static uint32_t *column_counts = NULL;
static Py_ssize_t column_counts_size = 0;

static int ensure_table(Py_ssize_t n_features) {
    if (n_features <= column_counts_size)
        return 0;
    uint32_t *table = PyMem_Calloc((size_t)n_features, sizeof(uint32_t));
    if (table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    PyMem_Free(column_counts);
    column_counts = table;
    column_counts_size = n_features;
    return 0;
}

/* Add each seen column's count to `counts`, in first-seen order, and clear the table. */
static int merge_counts(PyObject *counts, const int32_t *seen, Py_ssize_t n_seen) {
    int failed = 0;
    for (Py_ssize_t i = 0; i < n_seen; i++) {
        uint32_t count = column_counts[seen[i]];
        column_counts[seen[i]] = 0;
        if (failed)
            continue; /* keep clearing the table */
        PyObject *key = PyLong_FromLong(seen[i]);
        PyObject *old = key ? PyDict_GetItemWithError(counts, key) : NULL;
        long total = (long)count;
        if (old != NULL)
            total += PyLong_AsLong(old);
        PyObject *value = (key && !PyErr_Occurred()) ? PyLong_FromLong(total) : NULL;
        if (value == NULL || PyDict_SetItem(counts, key, value) < 0)
            failed = 1;
        Py_XDECREF(key);
        Py_XDECREF(value);
    }
    return failed ? -1 : 0;
}

static PyObject *count_ascii_word_columns(PyObject *Py_UNUSED(module), PyObject *args) {
    PyObject *text, *prefix_obj, *counts;
    Py_ssize_t n_features;
    if (!PyArg_ParseTuple(args, "UUnO!", &text, &prefix_obj, &n_features, &PyDict_Type,
                          &counts))
        return NULL;
#if PY_VERSION_HEX < 0x030C0000 /* before 3.12 a str may not be in its compact form yet */
    if (PyUnicode_READY(text) < 0 || PyUnicode_READY(prefix_obj) < 0)
        return NULL;
#endif
    if (!PyUnicode_IS_ASCII(text) || !PyUnicode_IS_ASCII(prefix_obj)) {
        PyErr_SetString(PyExc_ValueError, "text and prefix must be ASCII");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), prefix_len = PyUnicode_GET_LENGTH(prefix_obj);
    if (prefix_len > MAX_PREFIX || n_features <= 0 || n_features > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "prefix too long or n_features out of range");
        return NULL;
    }
    if (ensure_table(n_features) < 0)
        return NULL;
    const uint8_t *chars = PyUnicode_1BYTE_DATA(text);
    uint8_t key[MAX_PREFIX + MAX_WORD];
    memcpy(key, PyUnicode_1BYTE_DATA(prefix_obj), (size_t)prefix_len);
    /* at most one new column per two characters: words are two or more long */
    int32_t *seen = PyMem_Malloc(sizeof(int32_t) * (size_t)(n / 2 + 1));
    if (seen == NULL)
        return PyErr_NoMemory();
    Py_ssize_t n_seen = 0, i = 0;
    while (i < n) {
        uint8_t c = lower(chars[i]);
        if (!is_letter(c)) {
            i++;
            continue;
        }
        Py_ssize_t length = 0;
        key[prefix_len] = c;
        for (length = 1; length < MAX_WORD && i + length < n; length++) {
            uint8_t next = lower(chars[i + length]);
            if (!is_word_char(next))
                break;
            key[prefix_len + length] = next;
        }
        i += length;
        if (length < 2)
            continue;
        int32_t hashed = (int32_t)murmur3_32(key, prefix_len + length, 0);
        int64_t magnitude = hashed < 0 ? -(int64_t)hashed : (int64_t)hashed;
        int32_t column = (int32_t)(magnitude % n_features);
        if (column_counts[column]++ == 0)
            seen[n_seen++] = column;
    }
    int status = merge_counts(counts, seen, n_seen);
    PyMem_Free(seen);
    if (status < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"count_ascii_word_columns", count_ascii_word_columns, METH_VARARGS,
     "count_ascii_word_columns(text, prefix, n_features, counts): add one to counts[column]\n"
     "for each word of the ASCII text, the column of prefix + word (see the module source)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "scanner.tos._words",
    .m_doc = "The ToS classifier's word columns of ASCII text, counted in one pass.",
    .m_size = -1,
    .m_methods = methods,
};

PyMODINIT_FUNC PyInit__words(void) { return PyModule_Create(&module); }
