/* CharTable: str.translate and the span map of normalize.py in C.

   Part of the compliance.engine._grams extension (setup.py). Every message is
   folded several times (the compact, folded and pictured views, the model's
   digits, the phonetic reading); str.translate looks each character up in a
   dict through a new int object, about 80 ns a character. A CharTable holds
   the same mapping in pages of 256 code points, read directly:

   - CharTable(mapping): mapping a dict {code point: str or code point}, the
     table str.translate reads (values of None are refused: the span map
     reads a table without deletions by None);
   - translate(text): text.translate(mapping);
   - origins(text): for each character of the translated text, the index in
     text of the character it came from (normalize.View's span map);
   - find(text): the index of the first character of text the mapping holds,
     -1 for none (whether a text has any of a set of characters: a regex
     character class searches several times slower);
   - kept(text): the characters of text the mapping holds, in order (what
     re.findall of that character class finds, as one str).

   A test holds both equal to the Python they replace for every code point of
   the shipped tables and over the corpus. */

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define PAGE_BITS 8
#define PAGE_SIZE (1 << PAGE_BITS)
#define PAGES (0x110000 >> PAGE_BITS)
#define STACK_CHARS 512

typedef struct {
    int32_t offset; /* into values; -1: not in the mapping (kept as it is) */
    int32_t length;
} Entry;

typedef struct {
    PyObject_HEAD
    Entry **pages; /* PAGES pointers; NULL: no character of the page mapped */
    Py_UCS4 *values;
    Py_ssize_t longest; /* the longest value, in characters (at least 1) */
} CharTable;

static inline const Entry *lookup(const CharTable *self, Py_UCS4 c)
{
    const Entry *page = self->pages[c >> PAGE_BITS];
    if (page == NULL)
        return NULL;
    const Entry *entry = page + (c & (PAGE_SIZE - 1));
    return entry->offset < 0 ? NULL : entry;
}

static void char_table_dealloc(CharTable *self)
{
    if (self->pages != NULL) {
        for (Py_ssize_t i = 0; i < PAGES; i++)
            PyMem_Free(self->pages[i]);
        PyMem_Free(self->pages);
    }
    PyMem_Free(self->values);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* The value's length in characters, or -1 with an exception set. */
static Py_ssize_t value_length(PyObject *value)
{
    if (PyUnicode_Check(value))
        return PyUnicode_GET_LENGTH(value);
    if (PyLong_Check(value)) {
        long code = PyLong_AsLong(value);
        if (code == -1 && PyErr_Occurred())
            return -1;
        if (code < 0 || code >= 0x110000) {
            PyErr_SetString(PyExc_ValueError, "a value is not a code point");
            return -1;
        }
        return 1;
    }
    PyErr_SetString(PyExc_TypeError, "values must be str or int");
    return -1;
}

static int char_table_init(CharTable *self, PyObject *args, PyObject *kwds)
{
    PyObject *mapping, *key, *value;
    static char *kwlist[] = {"mapping", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "O!", kwlist, &PyDict_Type,
                                     &mapping))
        return -1;
    if (self->pages != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "a CharTable is filled once");
        return -1;
    }
    Py_ssize_t position = 0, total = 0;
    while (PyDict_Next(mapping, &position, &key, &value)) {
        long code = PyLong_Check(key) ? PyLong_AsLong(key) : -1;
        if (code == -1 && PyErr_Occurred())
            return -1;
        if (code < 0 || code >= 0x110000) {
            PyErr_SetString(PyExc_ValueError, "keys must be code points");
            return -1;
        }
        Py_ssize_t length = value_length(value);
        if (length < 0)
            return -1;
        total += length;
    }
    if (total > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "the values are too long in all");
        return -1;
    }
    self->pages = PyMem_Calloc(PAGES, sizeof(Entry *));
    self->values = PyMem_Malloc((size_t)(total ? total : 1) * sizeof(Py_UCS4));
    if (self->pages == NULL || self->values == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->longest = 1;
    Py_ssize_t at = 0;
    position = 0;
    while (PyDict_Next(mapping, &position, &key, &value)) {
        Py_UCS4 code = (Py_UCS4)PyLong_AsLong(key);
        Entry **page = self->pages + (code >> PAGE_BITS);
        if (*page == NULL) {
            *page = PyMem_Malloc(PAGE_SIZE * sizeof(Entry));
            if (*page == NULL) {
                PyErr_NoMemory();
                return -1;
            }
            for (Py_ssize_t i = 0; i < PAGE_SIZE; i++)
                (*page)[i] = (Entry){-1, 0};
        }
        Py_ssize_t length = value_length(value);
        if (length < 0)
            return -1;
        if (PyUnicode_Check(value)) {
            if (length && PyUnicode_AsUCS4(value, self->values + at, length, 0) == NULL)
                return -1;
        } else {
            self->values[at] = (Py_UCS4)PyLong_AsLong(value);
        }
        (*page)[code & (PAGE_SIZE - 1)] = (Entry){(int32_t)at, (int32_t)length};
        at += length;
        if (length > self->longest)
            self->longest = length;
    }
    return 0;
}

/* 0 when the table can read text; -1 with an exception set. */
static int readable(const CharTable *self, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "text must be str");
        return -1;
    }
    if (self->pages == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "the CharTable is not filled");
        return -1;
    }
    return 0;
}

static PyObject *char_table_translate(CharTable *self, PyObject *text)
{
    if (readable(self, text) < 0)
        return NULL;
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    if (size > PY_SSIZE_T_MAX / (Py_ssize_t)sizeof(Py_UCS4) / self->longest)
        return PyErr_NoMemory();
    Py_ssize_t room = size * self->longest;
    Py_UCS4 stack[STACK_CHARS];
    stack[0] = 0; /* (the compiler cannot tell an empty result reads none) */
    Py_UCS4 *out = room <= STACK_CHARS ? stack : PyMem_Malloc((size_t)room * sizeof(Py_UCS4));
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t length = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        const Entry *entry = lookup(self, c);
        if (entry == NULL) {
            out[length++] = c;
        } else {
            memcpy(out + length, self->values + entry->offset,
                   (size_t)entry->length * sizeof(Py_UCS4));
            length += entry->length;
        }
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, length);
    if (out != stack)
        PyMem_Free(out);
    return result;
}

static PyObject *char_table_origins(CharTable *self, PyObject *text)
{
    if (readable(self, text) < 0)
        return NULL;
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t count = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        const Entry *entry = lookup(self, PyUnicode_READ(kind, data, i));
        count += entry == NULL ? 1 : entry->length;
    }
    PyObject *result = PyList_New(count);
    if (result == NULL)
        return NULL;
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        const Entry *entry = lookup(self, PyUnicode_READ(kind, data, i));
        Py_ssize_t repeat = entry == NULL ? 1 : entry->length;
        if (repeat == 0)
            continue;
        PyObject *index = PyLong_FromSsize_t(i);
        if (index == NULL) {
            Py_DECREF(result);
            return NULL;
        }
        for (Py_ssize_t k = 0; k < repeat; k++) {
            Py_INCREF(index);
            PyList_SET_ITEM(result, at++, index);
        }
        Py_DECREF(index);
    }
    return result;
}

static PyObject *char_table_find(CharTable *self, PyObject *text)
{
    if (readable(self, text) < 0)
        return NULL;
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < size; i++) {
        if (lookup(self, PyUnicode_READ(kind, data, i)) != NULL)
            return PyLong_FromSsize_t(i);
    }
    return PyLong_FromLong(-1);
}

static PyObject *char_table_kept(CharTable *self, PyObject *text)
{
    if (readable(self, text) < 0)
        return NULL;
    Py_ssize_t size = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_UCS4 stack[STACK_CHARS];
    stack[0] = 0;
    Py_UCS4 *out = size <= STACK_CHARS ? stack : PyMem_Malloc((size_t)size * sizeof(Py_UCS4));
    if (out == NULL)
        return PyErr_NoMemory();
    Py_ssize_t length = 0;
    for (Py_ssize_t i = 0; i < size; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (lookup(self, c) != NULL)
            out[length++] = c;
    }
    PyObject *result = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, length);
    if (out != stack)
        PyMem_Free(out);
    return result;
}

static PyMethodDef char_table_methods[] = {
    {"translate", (PyCFunction)char_table_translate, METH_O,
     "translate(text): text.translate(mapping)"},
    {"origins", (PyCFunction)char_table_origins, METH_O,
     "origins(text): the index in text of each translated character"},
    {"find", (PyCFunction)char_table_find, METH_O,
     "find(text): the index of the first character the mapping holds, or -1"},
    {"kept", (PyCFunction)char_table_kept, METH_O,
     "kept(text): the characters of text the mapping holds, in order"},
    {NULL, NULL, 0, NULL}};

static PyTypeObject CharTableType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "compliance.engine._grams.CharTable",
    .tp_basicsize = sizeof(CharTable),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "CharTable(mapping): a str.translate table read in C.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)char_table_init,
    .tp_dealloc = (destructor)char_table_dealloc,
    .tp_methods = char_table_methods,
};

/* Adds CharTable to the module (called by PyInit__grams). */
int add_char_table(PyObject *module)
{
    if (PyType_Ready(&CharTableType) < 0)
        return -1;
    Py_INCREF(&CharTableType);
    if (PyModule_AddObject(module, "CharTable", (PyObject *)&CharTableType) < 0) {
        Py_DECREF(&CharTableType);
        return -1;
    }
    return 0;
}
