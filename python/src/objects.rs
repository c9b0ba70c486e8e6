//! Python objects straight from a serializable report: the dicts, lists,
//! strings and numbers `json.loads` would make of its JSON, without the
//! JSON text. Keys and short strings (rule ids, severities, URLs, field
//! pointers), which a batch repeats thousands of times, are made once and
//! shared.

use std::collections::HashMap;
use std::fmt;

use pyo3::IntoPyObjectExt;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyList, PyModule, PyString};
use serde::Serialize;
use serde::ser::{self, Impossible};

/// Strings up to this many bytes are shared.
const SHARED_STRING: usize = 64;

/// Makes the objects of any number of reports, sharing strings among them.
pub struct Objects<'py> {
    py: Python<'py>,
    strings: HashMap<String, Bound<'py, PyString>>,
}

impl<'py> Objects<'py> {
    pub fn new(py: Python<'py>) -> Self {
        Objects {
            py,
            strings: HashMap::new(),
        }
    }

    /// The objects of `value`.
    pub fn make<T: Serialize + ?Sized>(&mut self, value: &T) -> PyResult<Bound<'py, PyAny>> {
        value.serialize(Maker(self)).map_err(|Error(err)| err)
    }

    /// Pauses Python's cyclic garbage collector until the guard is dropped.
    /// A batch's reports are millions of new objects, and each few hundred
    /// of them would otherwise start a collection that walks the young
    /// ones: two thirds of the time spent making them. Reports hold no
    /// cycles, so nothing is left for the collector to find.
    pub fn pause_gc(&self) -> PyResult<GcPause<'py>> {
        let gc = self.py.import("gc")?;
        let enabled = gc.call_method0("isenabled")?.is_truthy()?;
        if enabled {
            gc.call_method0("disable")?;
        }
        Ok(GcPause { gc, enabled })
    }

    fn string(&mut self, text: &str) -> Bound<'py, PyAny> {
        if text.len() > SHARED_STRING {
            return PyString::new(self.py, text).into_any();
        }
        if let Some(shared) = self.strings.get(text) {
            return shared.clone().into_any();
        }
        let made = PyString::new(self.py, text);
        self.strings.insert(text.to_string(), made.clone());
        made.into_any()
    }
}

/// Turns the collector back on, if it was on.
pub struct GcPause<'py> {
    gc: Bound<'py, PyModule>,
    enabled: bool,
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if self.enabled {
            // Re-enabling cannot fail in practice; a failure leaves it off.
            let _ = self.gc.call_method0("enable");
        }
    }
}

/// A Python error, as serde's serializers must report one.
pub struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Self {
        Error(PyValueError::new_err(message.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(err: PyErr) -> Self {
        Error(err)
    }
}

type Made<'py> = Result<Bound<'py, PyAny>, Error>;

/// The serializer: JSON's data model, as serde_json's `to_value` maps
/// Rust values onto it.
struct Maker<'a, 'py>(&'a mut Objects<'py>);

/// A list being filled.
struct Seq<'a, 'py> {
    objects: &'a mut Objects<'py>,
    items: Vec<Bound<'py, PyAny>>,
}

/// A dict being filled; `key` waits for its value.
struct Map<'a, 'py> {
    objects: &'a mut Objects<'py>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
}

impl<'a, 'py> Maker<'a, 'py> {
    fn py(&self) -> Python<'py> {
        self.0.py
    }

    fn number<T: IntoPyObject<'py>>(self, value: T) -> Made<'py> {
        Ok(value.into_bound_py_any(self.py())?)
    }

    /// `{variant: value}`, as serde_json writes an enum variant with data.
    fn tagged(self, variant: &'static str, value: Bound<'py, PyAny>) -> Made<'py> {
        let dict = PyDict::new(self.py());
        dict.set_item(self.0.string(variant), value)?;
        Ok(dict.into_any())
    }
}

impl<'a, 'py> ser::Serializer for Maker<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'a, 'py>;
    type SerializeTuple = Seq<'a, 'py>;
    type SerializeTupleStruct = Seq<'a, 'py>;
    type SerializeTupleVariant = Impossible<Bound<'py, PyAny>, Error>;
    type SerializeMap = Map<'a, 'py>;
    type SerializeStruct = Map<'a, 'py>;
    type SerializeStructVariant = Impossible<Bound<'py, PyAny>, Error>;

    fn serialize_bool(self, v: bool) -> Made<'py> {
        Ok(PyBool::new(self.py(), v).to_owned().into_any())
    }

    fn serialize_i8(self, v: i8) -> Made<'py> {
        self.number(i64::from(v))
    }

    fn serialize_i16(self, v: i16) -> Made<'py> {
        self.number(i64::from(v))
    }

    fn serialize_i32(self, v: i32) -> Made<'py> {
        self.number(i64::from(v))
    }

    fn serialize_i64(self, v: i64) -> Made<'py> {
        self.number(v)
    }

    fn serialize_u8(self, v: u8) -> Made<'py> {
        self.number(u64::from(v))
    }

    fn serialize_u16(self, v: u16) -> Made<'py> {
        self.number(u64::from(v))
    }

    fn serialize_u32(self, v: u32) -> Made<'py> {
        self.number(u64::from(v))
    }

    fn serialize_u64(self, v: u64) -> Made<'py> {
        self.number(v)
    }

    fn serialize_f32(self, v: f32) -> Made<'py> {
        self.serialize_f64(f64::from(v))
    }

    fn serialize_f64(self, v: f64) -> Made<'py> {
        // JSON has no NaN or infinity: serde_json writes them as null.
        if v.is_finite() {
            self.number(v)
        } else {
            self.serialize_unit()
        }
    }

    fn serialize_char(self, v: char) -> Made<'py> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Made<'py> {
        Ok(self.0.string(v))
    }

    fn serialize_bytes(self, v: &[u8]) -> Made<'py> {
        let items = v
            .iter()
            .map(|b| Maker(&mut *self.0).number(u64::from(*b)))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(PyList::new(self.py(), items)?.into_any())
    }

    fn serialize_none(self) -> Made<'py> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Made<'py> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Made<'py> {
        Ok(self.py().None().into_bound(self.py()))
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Made<'py> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Made<'py> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Made<'py> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Made<'py> {
        let inner = value.serialize(Maker(&mut *self.0))?;
        self.tagged(variant, inner)
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'a, 'py>, Error> {
        Ok(Seq {
            objects: self.0,
            items: Vec::with_capacity(len.unwrap_or(0)),
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Seq<'a, 'py>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(ser::Error::custom(format!(
            "{name}::{variant}: tuple variants are not in the report"
        )))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'a, 'py>, Error> {
        Ok(Map {
            dict: PyDict::new(self.0.py),
            objects: self.0,
            key: None,
        })
    }

    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Map<'a, 'py>, Error> {
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(ser::Error::custom(format!(
            "{name}::{variant}: struct variants are not in the report"
        )))
    }
}

impl<'py> Seq<'_, 'py> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let item = value.serialize(Maker(&mut *self.objects))?;
        self.items.push(item);
        Ok(())
    }

    fn list(self) -> Made<'py> {
        Ok(PyList::new(self.objects.py, self.items)?.into_any())
    }
}

impl<'py> ser::SerializeSeq for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }

    fn end(self) -> Made<'py> {
        self.list()
    }
}

impl<'py> ser::SerializeTuple for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }

    fn end(self) -> Made<'py> {
        self.list()
    }
}

impl<'py> ser::SerializeTupleStruct for Seq<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }

    fn end(self) -> Made<'py> {
        self.list()
    }
}

impl<'py> ser::SerializeMap for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(Maker(&mut *self.objects))?);
        Ok(())
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let value = value.serialize(Maker(&mut *self.objects))?;
        match self.key.take() {
            Some(key) => Ok(self.dict.set_item(key, value)?),
            None => Err(ser::Error::custom("a map value without its key")),
        }
    }

    fn end(self) -> Made<'py> {
        Ok(self.dict.into_any())
    }
}

impl<'py> ser::SerializeStruct for Map<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        let value = value.serialize(Maker(&mut *self.objects))?;
        let key = self.objects.string(key);
        Ok(self.dict.set_item(key, value)?)
    }

    fn end(self) -> Made<'py> {
        Ok(self.dict.into_any())
    }
}
