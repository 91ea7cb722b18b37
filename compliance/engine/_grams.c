/* The learned stage's feature lookup in C (compliance/engine/model.py).

   A GramTable holds feature names (str) and their rows in the model's weight
   matrix, in one open-addressing hash table over the names' code points. It
   answers the two questions the screening of every message asks, without a
   Python object per n-gram:

   - add_grams(text, max_order, rows): the rows of text's character 1- to
     max_order-grams that are known, added to the set ``rows``;
   - add_joined(tokens, rows): the rows of the tokens' adjacent pairs and
     triples joined by "|" ("wei|xin", "jia|wei|xin");
   - add_both(text, max_order, rows, context_order, context_rows): add_grams,
     and in the same pass the rows the same n-grams (up to context_order)
     have as context features ("^加"), from the context names and rows the
     table was given (GramTable(names, rows, context_names, context_rows)):
     a message's context rows, kept for the next messages, cost no second
     lookup.

   Each is exactly the set of dict lookups model.py does in Python (a test
   holds the two equal over the whole corpus); keys are compared in full, so a
   hash collision never confuses two features. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SEPARATOR ((Py_UCS4)'|')
#define MAX_KEY 1024 /* longer names are left out: model.py checks none is asked */
#define INLINE 3     /* keys this short live in their slot: one memory read */

typedef struct {
    uint64_t hash; /* 0: an empty slot */
    int32_t row;   /* -1: only a context name */
    int32_t context_row; /* -1: not a context name */
    int32_t length;
    union {
        Py_UCS4 chars[INLINE];
        int32_t offset; /* a longer key's place in keys */
    } key;
} Slot;

typedef struct {
    PyObject_HEAD
    Py_ssize_t mask; /* slots - 1; slots is a power of two */
    Slot *slots;
    Py_UCS4 *keys;
    Py_ssize_t count;
} GramTable;

static inline uint64_t mix(uint64_t h, Py_UCS4 c)
{
    h ^= (uint64_t)c + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h *= 0xFF51AFD7ED558CCDULL;
    return h;
}

static inline uint64_t finish(uint64_t h, Py_ssize_t length)
{
    h ^= (uint64_t)length;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 33;
    return h ? h : 1;
}

static Slot *find_slot(GramTable *table, const Py_UCS4 *key, Py_ssize_t length,
                       uint64_t hash)
{
    Py_ssize_t at = (Py_ssize_t)(hash & (uint64_t)table->mask);
    for (;;) {
        Slot *slot = table->slots + at;
        if (slot->hash == 0)
            return NULL;
        if (slot->hash == hash && slot->length == length) {
            const Py_UCS4 *stored = length <= INLINE ? slot->key.chars
                                                     : table->keys + slot->key.offset;
            if (memcmp(stored, key, (size_t)length * sizeof(Py_UCS4)) == 0)
                return slot;
        }
        at = (at + 1) & table->mask;
    }
}

static int32_t find(GramTable *table, const Py_UCS4 *key, Py_ssize_t length,
                    uint64_t hash)
{
    const Slot *slot = find_slot(table, key, length, hash);
    return slot == NULL ? -1 : slot->row;
}

static uint64_t hash_of(const Py_UCS4 *key, Py_ssize_t length)
{
    uint64_t h = 0x84222325CBF29CE4ULL;
    for (Py_ssize_t i = 0; i < length; i++)
        h = mix(h, key[i]);
    return finish(h, length);
}

static void table_dealloc(GramTable *self)
{
    PyMem_Free(self->slots);
    PyMem_Free(self->keys);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* Puts one name in its slot (a context name in the slot of the same own
   name, if any): 0, or -1 with an exception set. */
static int insert(GramTable *self, PyObject *name, PyObject *row_object,
                  int context, Py_ssize_t *at)
{
    long row = PyLong_AsLong(row_object);
    if (row == -1 && PyErr_Occurred())
        return -1;
    if (row < 0 || row > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "a row is out of range");
        return -1;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(name);
    if (length > MAX_KEY)
        return 0; /* never asked for */
    Py_UCS4 *key = self->keys + *at;
    if (PyUnicode_AsUCS4(name, key, length, 0) == NULL)
        return -1;
    uint64_t hash = hash_of(key, length);
    Slot *slot = find_slot(self, key, length, hash);
    if (slot != NULL) {
        int32_t *target = context ? &slot->context_row : &slot->row;
        if (*target >= 0) {
            PyErr_SetString(PyExc_ValueError, "a name is given twice");
            return -1;
        }
        *target = (int32_t)row;
        return 0;
    }
    Py_ssize_t place = (Py_ssize_t)(hash & (uint64_t)self->mask);
    while (self->slots[place].hash != 0)
        place = (place + 1) & self->mask;
    slot = self->slots + place;
    slot->row = context ? -1 : (int32_t)row;
    slot->context_row = context ? (int32_t)row : -1;
    slot->length = (int32_t)length;
    if (length <= INLINE) {
        memcpy(slot->key.chars, key, (size_t)length * sizeof(Py_UCS4));
    } else {
        slot->key.offset = (int32_t)*at;
        *at += length;
    }
    slot->hash = hash;
    if (!context)
        self->count++;
    return 0;
}

/* GramTable(names, rows[, context_names, context_rows]): sequences of str
   and of int. */
static int table_init(GramTable *self, PyObject *args, PyObject *kwds)
{
    PyObject *lists[4] = {NULL, NULL, NULL, NULL}, *seqs[4] = {NULL, NULL, NULL, NULL};
    static char *kwlist[] = {"names", "rows", "context_names", "context_rows", NULL};
    static const char *errors[4] = {
        "names must be a sequence", "rows must be a sequence",
        "context_names must be a sequence", "context_rows must be a sequence"};
    int result = -1;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OO|OO", kwlist, &lists[0],
                                     &lists[1], &lists[2], &lists[3]))
        return -1;
    if (self->slots != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "a GramTable is filled once");
        return -1;
    }
    if ((lists[2] == NULL) != (lists[3] == NULL)) {
        PyErr_SetString(PyExc_TypeError, "context names and rows go together");
        return -1;
    }
    Py_ssize_t counts[4] = {0, 0, 0, 0};
    for (int i = 0; i < 4; i++) {
        if (lists[i] == NULL)
            continue;
        seqs[i] = PySequence_Fast(lists[i], errors[i]);
        if (seqs[i] == NULL)
            goto done;
        counts[i] = PySequence_Fast_GET_SIZE(seqs[i]);
    }
    if (counts[0] != counts[1] || counts[2] != counts[3]) {
        PyErr_SetString(PyExc_ValueError, "names and rows differ in length");
        goto done;
    }
    Py_ssize_t slots = 16, total = 0;
    /* At most 7/8 full counting a name in both lists twice; it takes one
       slot, and nearly every context name is an own name too, so the real
       load stays near the own names' (round twenty-seven's model: 366,935
       distinct names of 403,416 counted, 70 % of 2^19 slots). A 75 % bound
       on the double count doubled the table there, +24 MiB a process. */
    while (slots * 7 < (counts[0] + counts[2]) * 8)
        slots <<= 1;
    for (int list = 0; list < 4; list += 2) {
        for (Py_ssize_t i = 0; i < counts[list]; i++) {
            PyObject *name = PySequence_Fast_GET_ITEM(seqs[list], i);
            if (!PyUnicode_Check(name)) {
                PyErr_SetString(PyExc_TypeError, "names must be str");
                goto done;
            }
            total += PyUnicode_GET_LENGTH(name);
        }
    }
    if (total > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "the names are too long in all");
        goto done;
    }
    self->slots = PyMem_Calloc((size_t)slots, sizeof(Slot));
    self->keys = PyMem_Calloc((size_t)(total ? total : 1), sizeof(Py_UCS4));
    if (!self->slots || !self->keys) {
        PyErr_NoMemory();
        goto done;
    }
    self->mask = slots - 1;
    Py_ssize_t at = 0;
    for (int list = 0; list < 4; list += 2) {
        for (Py_ssize_t i = 0; i < counts[list]; i++) {
            if (insert(self, PySequence_Fast_GET_ITEM(seqs[list], i),
                       PySequence_Fast_GET_ITEM(seqs[list + 1], i), list == 2,
                       &at) < 0)
                goto done;
        }
    }
    result = 0;
done:
    for (int i = 0; i < 4; i++)
        Py_XDECREF(seqs[i]);
    return result;
}

static int add_row(PyObject *rows, int32_t row)
{
    PyObject *value = PyLong_FromLong(row);
    if (value == NULL)
        return -1;
    int result = PySet_Add(rows, value);
    Py_DECREF(value);
    return result;
}

static PyObject *table_add_grams(GramTable *self, PyObject *args)
{
    PyObject *text, *rows;
    Py_ssize_t max_order;
    if (!PyArg_ParseTuple(args, "UnO!", &text, &max_order, &PySet_Type, &rows))
        return NULL;
    if (self->slots == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the GramTable is not filled");
        return NULL;
    }
    if (max_order < 1 || max_order > 8) {
        PyErr_SetString(PyExc_ValueError, "max_order must be 1 to 8");
        return NULL;
    }
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_UCS4 window[8];
    uint64_t partial[8];
    for (Py_ssize_t start = 0; start < size; start++) {
        Py_ssize_t longest = size - start < max_order ? size - start : max_order;
        uint64_t h = 0x84222325CBF29CE4ULL;
        for (Py_ssize_t k = 0; k < longest; k++) {
            window[k] = PyUnicode_READ(kind, data, start + k);
            h = mix(h, window[k]);
            partial[k] = h;
        }
        for (Py_ssize_t k = 0; k < longest; k++) {
            int32_t row = find(self, window, k + 1, finish(partial[k], k + 1));
            if (row >= 0 && add_row(rows, row) < 0)
                return NULL;
        }
    }
    Py_RETURN_NONE;
}

static PyObject *table_add_both(GramTable *self, PyObject *args)
{
    PyObject *text, *rows, *extra, *context_rows = NULL;
    Py_ssize_t max_order, context_order;
    if (!PyArg_ParseTuple(args, "UnO!nO!", &text, &max_order, &PySet_Type, &rows,
                          &context_order, &PyTuple_Type, &extra))
        return NULL;
    if (max_order < 1 || max_order > 8 || context_order < 1 || context_order > 8) {
        PyErr_SetString(PyExc_ValueError, "max_order must be 1 to 8");
        return NULL;
    }
    if (self->slots == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the GramTable is not filled");
        return NULL;
    }
    /* A new frozenset may be filled before anyone else sees it. */
    context_rows = PyFrozenSet_New(NULL);
    if (context_rows == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(extra); i++) {
        PyObject *row = PyTuple_GET_ITEM(extra, i);
        if (!PyLong_Check(row)) {
            PyErr_SetString(PyExc_TypeError, "extra context rows must be int");
            goto fail;
        }
        if (PySet_Add(context_rows, row) < 0)
            goto fail;
    }
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t widest = max_order > context_order ? max_order : context_order;
    Py_UCS4 window[8];
    uint64_t partial[8];
    for (Py_ssize_t start = 0; start < size; start++) {
        Py_ssize_t longest = size - start < widest ? size - start : widest;
        uint64_t h = 0x84222325CBF29CE4ULL;
        for (Py_ssize_t k = 0; k < longest; k++) {
            window[k] = PyUnicode_READ(kind, data, start + k);
            h = mix(h, window[k]);
            partial[k] = h;
        }
        for (Py_ssize_t k = 0; k < longest; k++) {
            const Slot *slot = find_slot(self, window, k + 1, finish(partial[k], k + 1));
            if (slot == NULL)
                continue;
            if (k < max_order && slot->row >= 0 && add_row(rows, slot->row) < 0)
                goto fail;
            if (k < context_order && slot->context_row >= 0 &&
                add_row(context_rows, slot->context_row) < 0)
                goto fail;
        }
    }
    return context_rows;
fail:
    Py_DECREF(context_rows);
    return NULL;
}

/* Copies a token into buffer at *at; 0 when it does not fit. */
static int put(Py_UCS4 *buffer, Py_ssize_t *at, PyObject *token)
{
    Py_ssize_t length = PyUnicode_GET_LENGTH(token);
    if (*at + length > MAX_KEY)
        return 0;
    if (PyUnicode_AsUCS4(token, buffer + *at, length, 0) == NULL)
        return -1;
    *at += length;
    return 1;
}

static PyObject *table_add_joined(GramTable *self, PyObject *args)
{
    PyObject *tokens, *rows;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &tokens, &PySet_Type, &rows))
        return NULL;
    if (self->slots == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the GramTable is not filled");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(tokens);
    for (Py_ssize_t i = 0; i < count; i++) {
        if (!PyUnicode_Check(PyList_GET_ITEM(tokens, i))) {
            PyErr_SetString(PyExc_TypeError, "tokens must be str");
            return NULL;
        }
    }
    Py_UCS4 buffer[MAX_KEY + 1];
    for (Py_ssize_t i = 0; i + 1 < count; i++) {
        Py_ssize_t at = 0;
        int fits = put(buffer, &at, PyList_GET_ITEM(tokens, i));
        if (fits < 0)
            return NULL;
        if (fits && at < MAX_KEY) {
            buffer[at++] = SEPARATOR;
            fits = put(buffer, &at, PyList_GET_ITEM(tokens, i + 1));
            if (fits < 0)
                return NULL;
        } else {
            fits = 0;
        }
        if (!fits)
            continue; /* a name this long is not in the table */
        int32_t row = find(self, buffer, at, hash_of(buffer, at));
        if (row >= 0 && add_row(rows, row) < 0)
            return NULL;
        if (i + 2 < count && at < MAX_KEY) {
            buffer[at++] = SEPARATOR;
            fits = put(buffer, &at, PyList_GET_ITEM(tokens, i + 2));
            if (fits < 0)
                return NULL;
            if (fits) {
                row = find(self, buffer, at, hash_of(buffer, at));
                if (row >= 0 && add_row(rows, row) < 0)
                    return NULL;
            }
        }
    }
    Py_RETURN_NONE;
}

static PyObject *table_len_method(GramTable *self, PyObject *unused)
{
    return PyLong_FromSsize_t(self->count);
}

static PyMethodDef table_methods[] = {
    {"add_grams", (PyCFunction)table_add_grams, METH_VARARGS,
     "add_grams(text, max_order, rows): add the rows of text's known 1- to "
     "max_order-character n-grams to the set rows."},
    {"add_joined", (PyCFunction)table_add_joined, METH_VARARGS,
     "add_joined(tokens, rows): add the rows of the known '|'-joined adjacent "
     "pairs and triples of the list tokens to the set rows."},
    {"add_both", (PyCFunction)table_add_both, METH_VARARGS,
     "add_both(text, max_order, rows, context_order, extra) -> frozenset: "
     "add_grams, and a new frozenset of the rows the same 1- to "
     "context_order-grams have as context names, with the ints of the tuple "
     "extra, in one pass."},
    {"size", (PyCFunction)table_len_method, METH_NOARGS, "how many names"},
    {NULL, NULL, 0, NULL}};

static PyTypeObject GramTableType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "compliance.engine._grams.GramTable",
    .tp_basicsize = sizeof(GramTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "GramTable(names, rows): feature names and their rows.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)table_init,
    .tp_dealloc = (destructor)table_dealloc,
    .tp_methods = table_methods,
};

/* logits(rows, weights, bias): the logits of model.ScreeningModel.scores in
   C, equal to numpy's to the bit: the rows' weights are added in float32 in
   ascending row order (a set's own order depends on how it was filled),
   scaled by float32(1/sqrt(len(rows))) and the bias added; a list of floats,
   one per category (the bias alone for no rows). */
static int ascending(const void *a, const void *b)
{
    Py_ssize_t x = *(const Py_ssize_t *)a, y = *(const Py_ssize_t *)b;
    return (x > y) - (x < y);
}

/* Item i of a fast sequence of rows, checked against the weights' rows:
   -1 with an exception set when it is no int or outside [0, features). */
static Py_ssize_t checked_row(PyObject *sequence, Py_ssize_t i, Py_ssize_t features)
{
    Py_ssize_t row = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(sequence, i));
    if (row == -1 && PyErr_Occurred())
        return -1;
    if (row < 0 || row >= features) {
        PyErr_SetString(PyExc_IndexError, "a row is outside the weights");
        return -1;
    }
    return row;
}

/* The logits of rows into out (at most 64 categories); the number of
   categories, or -1 with an exception set. */
static Py_ssize_t sum_logits(PyObject *rows, Py_buffer *weights, Py_buffer *bias,
                             float *out)
{
    PyObject *sequence = NULL;
    Py_ssize_t *order = NULL, result = -1;
    float sums[64];
    Py_ssize_t categories = bias->len / (Py_ssize_t)sizeof(float);
    if (categories < 1 || categories > 64 || bias->len % sizeof(float) != 0 ||
        weights->len % (categories * (Py_ssize_t)sizeof(float)) != 0) {
        PyErr_SetString(PyExc_ValueError, "weights and bias do not fit");
        goto done;
    }
    Py_ssize_t features = weights->len / (categories * (Py_ssize_t)sizeof(float));
    const float *matrix = (const float *)weights->buf;
    sequence = PySequence_Fast(rows, "rows must be iterable");
    if (sequence == NULL)
        goto done;
    Py_ssize_t count = PySequence_Fast_GET_SIZE(sequence);
    order = PyMem_Malloc((size_t)(count ? count : 1) * sizeof(Py_ssize_t));
    if (order == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t row = checked_row(sequence, i, features);
        if (row < 0)
            goto done;
        order[i] = row;
    }
    qsort(order, (size_t)count, sizeof(Py_ssize_t), ascending);
    for (Py_ssize_t j = 0; j < categories; j++)
        sums[j] = 0.0f;
    for (Py_ssize_t i = 0; i < count; i++) {
        const float *line = matrix + order[i] * categories;
        for (Py_ssize_t j = 0; j < categories; j++)
            sums[j] += line[j];
    }
    const float *offsets = (const float *)bias->buf;
    float scale = count ? (float)(1.0 / sqrt((double)count)) : 0.0f;
    for (Py_ssize_t j = 0; j < categories; j++) {
        float product = sums[j] * scale;
        out[j] = count ? offsets[j] + product : offsets[j];
    }
    result = categories;
done:
    PyMem_Free(order);
    Py_XDECREF(sequence);
    return result;
}

static PyObject *logits(PyObject *module, PyObject *args)
{
    PyObject *rows, *result = NULL;
    Py_buffer weights, bias;
    float out[64];
    if (!PyArg_ParseTuple(args, "Oy*y*", &rows, &weights, &bias))
        return NULL;
    Py_ssize_t categories = sum_logits(rows, &weights, &bias, out);
    if (categories < 0)
        goto done;
    result = PyList_New(categories);
    if (result == NULL)
        goto done;
    for (Py_ssize_t j = 0; j < categories; j++) {
        PyObject *number = PyFloat_FromDouble((double)out[j]);
        if (number == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, j, number);
    }
done:
    PyBuffer_Release(&weights);
    PyBuffer_Release(&bias);
    return result;
}

/* round4(values): [round(value, 4) for value in values], the list of floats
   model.rounded_scores rounds in Python. Python rounds through the decimal
   digits (correctly rounded, ties to even) and reads them back: the double
   nearest to n / 10000, n the exact value times 10000 rounded to an integer.
   For 0 <= value < 100 the product value * 10000 is within 2^-32 of the exact
   one, so unless it lies within 1e-9 of a half n is that of the product, and
   n / 10000.0 (an exact integer divided exactly, correctly rounded) is that
   nearest double. Anything else, near a half or out of range, is rounded by
   Python itself. */
static PyObject *rounded(PyObject *item)
{
    if (PyFloat_CheckExact(item)) {
        double value = PyFloat_AS_DOUBLE(item);
        if (value >= 0.0 && value < 100.0) {
            double product = value * 10000.0;
            double whole = floor(product);
            double part = product - whole; /* exact */
            if (fabs(part - 0.5) > 1e-9)
                return PyFloat_FromDouble((part > 0.5 ? whole + 1.0 : whole) / 10000.0);
        }
    }
    return PyObject_CallMethod(item, "__round__", "i", 4);
}

static PyObject *round4(PyObject *module, PyObject *values)
{
    if (!PyList_Check(values)) {
        PyErr_SetString(PyExc_TypeError, "values must be a list");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(values);
    PyObject *result = PyList_New(count);
    if (result == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *number = rounded(PyList_GET_ITEM(values, i));
        if (number == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        PyList_SET_ITEM(result, i, number);
    }
    return result;
}

/* judge(rows, weights, bias, flags, names) -> (scores, rounded, flagged):
   what model.ScreeningModel.judge computes in Python: the probabilities of
   the logits above (the same two-sided sigmoid, in double, as math.exp
   computes it), round4 of them by category name (a dict, as a verdict keeps
   them), and the indices of those at or above their flag threshold (flags
   and names: tuples, one float and one str per category). */
static PyObject *judge(PyObject *module, PyObject *args)
{
    PyObject *rows, *flags, *names, *scores = NULL, *rounded_list = NULL;
    PyObject *flagged = NULL, *result = NULL;
    Py_buffer weights, bias;
    float out[64];
    if (!PyArg_ParseTuple(args, "Oy*y*O!O!", &rows, &weights, &bias, &PyTuple_Type,
                          &flags, &PyTuple_Type, &names))
        return NULL;
    Py_ssize_t categories = sum_logits(rows, &weights, &bias, out);
    if (categories < 0)
        goto done;
    if (PyTuple_GET_SIZE(flags) != categories) {
        PyErr_SetString(PyExc_ValueError, "one flag threshold per category");
        goto done;
    }
    if (PyTuple_GET_SIZE(names) != categories) {
        PyErr_SetString(PyExc_ValueError, "one name per category");
        goto done;
    }
    scores = PyList_New(categories);
    rounded_list = PyDict_New();
    flagged = PyList_New(0);
    if (scores == NULL || rounded_list == NULL || flagged == NULL)
        goto done;
    for (Py_ssize_t j = 0; j < categories; j++) {
        double x = (double)out[j];
        double probability = x >= 0 ? 1.0 / (1.0 + exp(-x)) : exp(x) / (1.0 + exp(x));
        PyObject *number = PyFloat_FromDouble(probability);
        if (number == NULL)
            goto done;
        PyList_SET_ITEM(scores, j, number);
        PyObject *short_number = rounded(number);
        if (short_number == NULL)
            goto done;
        int stored = PyDict_SetItem(rounded_list, PyTuple_GET_ITEM(names, j), short_number);
        Py_DECREF(short_number);
        if (stored < 0)
            goto done;
        double flag = PyFloat_AsDouble(PyTuple_GET_ITEM(flags, j));
        if (flag == -1.0 && PyErr_Occurred())
            goto done;
        if (probability >= flag) {
            PyObject *index = PyLong_FromSsize_t(j);
            if (index == NULL || PyList_Append(flagged, index) < 0) {
                Py_XDECREF(index);
                goto done;
            }
            Py_DECREF(index);
        }
    }
    result = PyTuple_Pack(3, scores, rounded_list, flagged);
done:
    Py_XDECREF(scores);
    Py_XDECREF(rounded_list);
    Py_XDECREF(flagged);
    PyBuffer_Release(&weights);
    PyBuffer_Release(&bias);
    return result;
}

/* top_rows(rows, weights, categories, category, count) -> [(row, weight)]:
   model.ScreeningModel.contributions in C: of the rows (any iterable of
   int), those whose weight for the category is above zero, the heaviest
   first (ties: the lower row first, as numpy's stable argsort of the rows in
   ascending order gives them), at most count of them. */
typedef struct {
    float weight;
    Py_ssize_t row;
} Weighed;

static int heavier_first(const void *a, const void *b)
{
    const Weighed *x = (const Weighed *)a, *y = (const Weighed *)b;
    if (x->weight != y->weight)
        return x->weight > y->weight ? -1 : 1;
    return (x->row > y->row) - (x->row < y->row);
}

static PyObject *top_rows(PyObject *module, PyObject *args)
{
    PyObject *rows, *sequence = NULL, *result = NULL;
    Py_buffer weights;
    Py_ssize_t categories, category, count;
    Weighed *picked = NULL;
    if (!PyArg_ParseTuple(args, "Oy*nnn", &rows, &weights, &categories, &category,
                          &count))
        return NULL;
    if (categories < 1 || category < 0 || category >= categories || count < 0 ||
        weights.len % (categories * (Py_ssize_t)sizeof(float)) != 0) {
        PyErr_SetString(PyExc_ValueError, "weights and category do not fit");
        goto done;
    }
    Py_ssize_t features = weights.len / (categories * (Py_ssize_t)sizeof(float));
    const float *matrix = (const float *)weights.buf;
    sequence = PySequence_Fast(rows, "rows must be iterable");
    if (sequence == NULL)
        goto done;
    Py_ssize_t total = PySequence_Fast_GET_SIZE(sequence), kept = 0;
    picked = PyMem_Malloc((size_t)(total ? total : 1) * sizeof(Weighed));
    if (picked == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < total; i++) {
        Py_ssize_t row = checked_row(sequence, i, features);
        if (row < 0)
            goto done;
        float weight = matrix[row * categories + category];
        if (weight > 0.0f)
            picked[kept++] = (Weighed){weight, row};
    }
    qsort(picked, (size_t)kept, sizeof(Weighed), heavier_first);
    if (kept > count)
        kept = count;
    result = PyList_New(kept);
    if (result == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < kept; i++) {
        PyObject *pair = Py_BuildValue("(nd)", picked[i].row, (double)picked[i].weight);
        if (pair == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, i, pair);
    }
done:
    PyMem_Free(picked);
    Py_XDECREF(sequence);
    PyBuffer_Release(&weights);
    return result;
}

static PyMethodDef module_methods[] = {
    {"top_rows", top_rows, METH_VARARGS,
     "top_rows(rows, weights, categories, category, count) -> [(row, weight)]"},
    {"logits", logits, METH_VARARGS,
     "logits(rows, weights, bias) -> list of the categories' logits"},
    {"judge", judge, METH_VARARGS,
     "judge(rows, weights, bias, flags, names) -> (scores, rounded, flagged)"},
    {"round4", round4, METH_O,
     "round4(values) -> [round(value, 4) for value in values]"},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_grams",
    "The screening model's n-gram lookup and scoring, and the character tables "
    "of normalize.py, in C (see model.py, _fold.c).", -1,
    module_methods};

int add_char_table(PyObject *module); /* _fold.c */

PyMODINIT_FUNC PyInit__grams(void)
{
    if (PyType_Ready(&GramTableType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&GramTableType);
    if (PyModule_AddObject(m, "GramTable", (PyObject *)&GramTableType) < 0) {
        Py_DECREF(&GramTableType);
        Py_DECREF(m);
        return NULL;
    }
    if (add_char_table(m) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
