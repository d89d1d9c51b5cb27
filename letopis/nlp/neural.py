"""natasha's three slovnet models (morphology, syntax, NER) run as one pass over a batch.

The weights are natasha's, loaded from its wheel; what differs from slovnet's own API is
how the batch is laid out and computed:

- every word is encoded once (word and shape ids, its navec vector), not once per model:
  the three models share natasha's embedding and vocabularies (checked at load);
- the sentences of a chunk are laid end to end, with a zero position before, between and
  after them.  The pad embedding is zero and every convolution reaches one position each
  side, so a sentence's outputs are what slovnet computes for it alone, with no padding to
  the longest sentence and no copy of every convolution window: a layer is three matrix
  products over the whole chunk, one per kernel position;
- the first layers, two thirds of the arithmetic, are computed once per distinct word
  (_FirstLayers);
- tags are decoded through tables built once, not by parsing a tag string per token.

Same weights and operations, sums in another order: on the Wikinews corpus the POS, features,
relations and NER tags are natasha's to the token, and 99.9 % of the heads (the others are
ties between two identical words, broken the other way).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# positions (words + separators) per chunk: one encoder layer of one model is a product of a
# (CHUNK x 990) by a (990 x 256) matrix: large enough for BLAS, small enough for the cache
CHUNK = 2048

# distinct words whose first-layer products a process keeps (9 KB each, 75 MB in all):
# measured 0.5 ms an article less at 4,096, 0.8 ms at 16,384, on the 838 Wikinews articles
KEPT_WORDS = 8_192


@dataclass
class Tags:
    """What the models say of one sentence, one entry per word."""

    morph: list[int]  # index into Models.morph_tags
    heads: list[int]  # index of the head word, -1 for the root
    rels: list[str]
    ner: list[str]  # BIO tags: "O", "B-PER", "I-ORG", ...


def relu(output: np.ndarray) -> None:
    """ReLU in place, against a row of zeros rather than the scalar 0: numpy's ``maximum`` has a vectorised
    loop for two arrays but not for an array and a scalar (a chunk's 2,050 x 256 products: 45 against 155 us).
    The results are the same to the bit, signed zeros and NaN included."""
    np.maximum(output, _zeros(output.shape[-1], output.dtype), out=output)


@lru_cache(maxsize=16)  # one row per width and type in use (the layers are 64, 128 and 256 wide)
def _zeros(width: int, dtype: np.dtype) -> np.ndarray:
    zeros = np.zeros(width, dtype=dtype)
    zeros.flags.writeable = False
    return zeros


class _Layer:
    """One CNN encoder layer (convolution, ReLU, batch norm) over a flat (positions x channels) input."""

    def __init__(self, layer: Any) -> None:
        conv, norm = layer.conv, layer.norm
        kernel = conv.weight.shape[2]
        if kernel != 3 or conv.padding != 1:  # what the layout without padding relies on
            raise RuntimeError("natasha's encoders no longer have 3-wide convolutions")
        # one (channels x filters) matrix per kernel position: left neighbour, the word, right neighbour
        self.positions = [np.ascontiguousarray(conv.weight.array[:, :, index].T) for index in range(kernel)]
        self.bias = conv.bias.array
        self.mean, self.std = norm.mean.array, norm.std.array
        self.scale, self.shift = norm.weight.array, norm.bias.array

    def __call__(self, input: np.ndarray, separators: np.ndarray) -> np.ndarray:
        """The layer over a flat input that starts and ends with a separator (a zero row), so no
        padding is needed: a position's output sums its neighbours' products, one matrix product
        per kernel position (no copy of every window)."""
        left, middle, right = self.positions
        output = np.empty((input.shape[0], middle.shape[1]), dtype=input.dtype)
        output[0] = output[-1] = 0
        inner = output[1:-1]
        np.matmul(input[1:-1], middle, out=inner)
        inner += input[:-2] @ left
        inner += input[2:] @ right
        return self.finish(output, separators)

    def finish(self, output: np.ndarray, separators: np.ndarray) -> np.ndarray:
        """Bias, ReLU and batch norm of the convolution's products, in place; separators back to zero."""
        output += self.bias
        relu(output)
        # slovnet's batch norm, in its order of operations: (x - mean) / std * weight + bias
        output -= self.mean
        output /= self.std
        output *= self.scale
        output += self.shift
        output[separators] = 0
        return output


class _Encoder:
    """A model's CNN encoder from its first layer's pre-activation (see _FirstLayers) on."""

    def __init__(self, model: Any) -> None:
        self.shapes = model.emb.shape.weight.array
        self.layers = [_Layer(layer) for layer in model.encoder.layers]

    def __call__(self, first: np.ndarray, separators: np.ndarray) -> np.ndarray:
        output = self.layers[0].finish(first, separators)
        for layer in self.layers[1:]:
            output = layer(output, separators)
        return output


class _FirstLayers:
    """The first convolution of every encoder, computed once per distinct word of a chunk.

    A first layer is linear in its input, and the input at a position is the word's navec
    vector next to its shape vector.  So the products of a word's vector with the kernel
    positions of the three first layers (3 models x 3 positions x 256 filters) are computed
    once for each distinct word of the chunk (fewer than half its positions: news repeat
    their words), the shapes' products once for good (66 shapes), and a position's
    pre-activation is the sum of its own and its neighbours' products.  The first layers
    were two thirds of the models' arithmetic.  The products of the first KEPT_WORDS
    distinct words a process meets are kept for good: frequent words come early.
    """

    def __init__(self, encoders: list[_Encoder], navec_indexes: np.ndarray, navec_codes: np.ndarray) -> None:
        layers = [encoder.layers[0] for encoder in encoders]
        self.filters = layers[0].positions[0].shape[1]
        words = navec_codes.shape[0] * navec_codes.shape[2]
        if any(layer.positions[0].shape[1] != self.filters for layer in layers):
            raise RuntimeError("natasha's encoders no longer have first layers of one size")
        word_parts, shape_parts = [], []
        for encoder, layer in zip(encoders, layers):
            weight = np.stack(layer.positions, axis=1)  # channels x kernel position x filters
            word_parts.append(weight[:words])  # words x 3 x filters
            shape_parts.append(np.einsum("sc,ckf->skf", encoder.shapes, weight[words:]))
        # columns ordered model, kernel position, filter
        self.word_weight = np.ascontiguousarray(np.stack(word_parts, axis=1).reshape(words, -1))
        self.shape_table = np.ascontiguousarray(np.stack(shape_parts, axis=1).reshape(len(encoders[0].shapes), -1))
        self.navec_indexes, self.navec_codes = navec_indexes, navec_codes
        self.navec_dims = np.arange(navec_codes.shape[0])
        self.models = len(encoders)
        self.kept: dict[int, int] = {}  # word id -> its row of self.table
        self.table = np.empty((0, self.word_weight.shape[1]), dtype=np.float32)

    def _products(self, distinct: np.ndarray) -> np.ndarray:
        """The products of each distinct word id: kept ones looked up, the others computed (and kept while there is room)."""
        kept = self.kept
        rows = np.fromiter(map(kept.get, distinct.tolist(), repeat(-1)), dtype=np.int64, count=len(distinct))
        new = np.flatnonzero(rows < 0)
        if len(new) == 0:
            return self.table[rows]
        found = np.empty((len(distinct), self.word_weight.shape[1]), dtype=np.float32)
        old = np.flatnonzero(rows >= 0)
        found[old] = self.table[rows[old]]
        ids = distinct[new]
        vectors = self.navec_codes[self.navec_dims, self.navec_indexes[ids]].reshape(len(ids), -1)
        found[new] = products = vectors @ self.word_weight
        room = min(len(ids), KEPT_WORDS - len(kept))
        if room > 0:
            if not len(self.table):
                self.table = np.empty((KEPT_WORDS, self.word_weight.shape[1]), dtype=np.float32)
            filled = len(kept)
            self.table[filled: filled + room] = products[:room]
            kept.update(zip(ids[:room].tolist(), range(filled, filled + room)))
        return found

    def __call__(self, word_ids: np.ndarray, shape_ids: np.ndarray) -> list[np.ndarray]:
        """Each model's first-layer pre-activation (before the bias), positions x filters."""
        # distinct (word, shape) pairs: their products summed once, then gathered per position
        pairs, inverse = np.unique(word_ids * len(self.shape_table) + shape_ids, return_inverse=True)
        words, shapes = np.divmod(pairs, len(self.shape_table))
        distinct, word_of_pair = np.unique(words, return_inverse=True)
        products = self._products(distinct)[word_of_pair]
        products += self.shape_table[shapes]
        products = products.reshape(len(pairs), self.models, 3, self.filters)
        outputs = []
        for model in range(self.models):
            # the word itself, then its left and right neighbours: each position's rows gathered straight from the
            # pairs' products (no contiguous copy of each model's slice first; the same values, added in the same order)
            output = products[inverse, model, 1]
            output[1:] += products[inverse[:-1], model, 0]
            output[:-1] += products[inverse[1:], model, 2]
            outputs.append(output)
        return outputs


def _feed_forward(module: Any) -> tuple[np.ndarray, np.ndarray]:
    return module.proj.weight.array, module.proj.bias.array


def _relu_linear(input: np.ndarray, weights: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    output = input @ weights[0]
    output += weights[1]
    relu(output)
    return output


class Models:
    """natasha's morphology, syntax and NER models with one shared encoding of the words."""

    def __init__(self) -> None:
        from letopis.nlp.morph import natasha_module

        natasha = natasha_module()  # first: it imports yargy before natasha (pymorphy2 on Python 3.11)
        from slovnet import shape
        from slovnet.conll import parse_conll_tag

        embedding = natasha.NewsEmbedding()
        morph = natasha.NewsMorphTagger(embedding).infer
        syntax = natasha.NewsSyntaxParser(embedding).infer
        ner = natasha.NewsNERTagger(embedding).infer
        encoders = [morph.encoder, syntax.encoder, ner.encoder]
        if any(
            encoder.words_vocab.items != morph.encoder.words_vocab.items
            or encoder.shapes_vocab.items != morph.encoder.shapes_vocab.items
            for encoder in encoders
        ):  # a natasha release with models of different vocabularies would need three encodings
            raise RuntimeError("natasha's models no longer share one vocabulary")
        self._words_vocab = morph.encoder.words_vocab
        self._shapes_vocab = morph.encoder.shapes_vocab
        self._word_pad = self._words_vocab.pad_id
        self._shape_pad = self._shapes_vocab.pad_id
        navec = morph.model.emb.word
        self._navec_indexes, self._navec_codes = navec.indexes.array, navec.codes.array
        self._codes: dict[str, tuple[int, int]] = {}
        self._shape = shape  # slovnet's word shapes (``_shape_code``)
        self._shape_codes: dict[tuple[str, str], int] = {}  # (slovnet's word type, outline) -> the shape's id

        self._morph = _Encoder(morph.model)
        self._morph_proj = (morph.model.head.proj.weight.array, morph.model.head.proj.bias.array)
        self.morph_tags = [parse_conll_tag(tag) for tag in morph.decoder.tags_vocab.items]

        self._syntax = _Encoder(syntax.model)
        head, rel = syntax.model.head, syntax.model.rel
        self._root = head.root.array
        self._head_ff = (_feed_forward(head.head), _feed_forward(head.tail))
        self._head_kernel = head.kernel.array
        self._rel_root = rel.root.array
        self._rel_ff = (_feed_forward(rel.head), _feed_forward(rel.tail))
        self._rel_kernel = rel.kernel.array
        self._rels = list(syntax.decoder.rels_vocab.items)

        self._ner = _Encoder(ner.model)
        self._ner_proj = (ner.model.head.proj.weight.array, ner.model.head.proj.bias.array)
        self._crf = ner.model.head.crf
        self._ner_tags = list(ner.decoder.tags_vocab.items)
        self._first = _FirstLayers([self._morph, self._syntax, self._ner], self._navec_indexes, self._navec_codes)

    def _code(self, word: str) -> tuple[int, int]:
        code = self._codes.get(word)
        if code is None:
            code = (self._words_vocab.encode(word.lower()), self._shape_code(word))
            if len(self._codes) < 500_000:  # words of news repeat; a bound keeps memory flat
                self._codes[word] = code
        return code

    def _shape_code(self, word: str) -> int:
        """The id of slovnet's ``word_shape`` of a word. A word of Russian or Latin letters, nearly every new word
        a worker meets (~25,000 per 419 articles), has the shape its type and outline make: their id is kept, not
        formatted as a string and looked up again for each word (``word_shape`` itself for the other words)."""
        shape = self._shape
        kind = shape.word_type(word)
        if kind == shape.RU or kind == shape.EN:
            key = (kind, shape.word_outline(word))
            code = self._shape_codes.get(key)
            if code is None:
                code = self._shape_codes[key] = self._shapes_vocab.encode(shape.format_shape(*key))
            return code
        return self._shapes_vocab.encode(shape.word_shape(word))

    def __call__(self, sentences: Sequence[Sequence[str]], syntax_only: bool = False) -> list[Tags]:
        """Tags of every sentence (a list of words); with ``syntax_only``, its heads and relations alone
        (``morph`` and ``ner`` empty), for a second parse of words already tagged."""
        order = sorted(range(len(sentences)), key=lambda index: len(sentences[index]))
        results: list[Tags | None] = [None] * len(sentences)
        chunk: list[int] = []
        size = 0
        for index in order:
            length = len(sentences[index]) + 1
            if chunk and size + length > CHUNK:
                self._chunk(sentences, chunk, results, syntax_only)
                chunk, size = [], 0
            chunk.append(index)
            size += length
        if chunk:
            self._chunk(sentences, chunk, results, syntax_only)
        return results  # type: ignore[return-value]

    def _chunk(
        self, sentences: Sequence[Sequence[str]], chunk: list[int], results: list[Tags | None], syntax_only: bool
    ) -> None:
        lengths = np.array([len(sentences[index]) for index in chunk])
        known, encode = self._codes.get, self._code
        separator = (self._word_pad, self._shape_pad)
        codes = [separator]  # a separator before the first sentence too: the layers need no padding
        for index in chunk:
            codes.extend([known(word) or encode(word) for word in sentences[index]])
            codes.append(separator)  # the separator after each sentence
        # (one flat read of the pairs: np.array would inspect every pair as a sequence of its own)
        word_array, shape_array = np.fromiter(chain.from_iterable(codes), dtype=np.int64, count=2 * len(codes)).reshape(
            len(codes), 2
        ).T
        separators = word_array == self._word_pad
        morph_first, syntax_first, ner_first = self._first(word_array, shape_array)
        valid = ~separators
        ends = np.cumsum(lengths)
        starts = ends - lengths

        heads, rels = self._parse(self._syntax(syntax_first, separators)[valid], starts, lengths)
        if syntax_only:
            for number, index in enumerate(chunk):
                results[index] = Tags(morph=[], heads=heads[number], rels=rels[number], ner=[])
            return

        morph = self._morph(morph_first, separators)[valid] @ self._morph_proj[0]
        morph += self._morph_proj[1]
        morph_ids = morph.argmax(-1).tolist()

        emissions = self._ner(ner_first, separators)[valid] @ self._ner_proj[0]
        emissions += self._ner_proj[1]
        ner_ids = self._decode_crf(emissions, lengths)

        ner_tags = self._ner_tags
        for number, index in enumerate(chunk):
            start, stop = int(starts[number]), int(ends[number])
            results[index] = Tags(
                morph=morph_ids[start:stop],
                heads=heads[number],
                rels=rels[number],
                ner=[ner_tags[tag] for tag in ner_ids[number]],
            )

    @staticmethod
    def _padded(flat: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Rows of ``flat`` regrouped as (sentences x longest x dim), zero-padded; and the mask of real rows."""
        longest = int(lengths.max())
        mask = np.arange(longest)[None, :] < lengths[:, None]
        padded = np.zeros((len(lengths), longest, flat.shape[1]), dtype=flat.dtype)
        padded[mask] = flat
        return padded, mask

    def _decode_crf(self, emissions: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        padded, mask = self._padded(emissions, lengths)
        return [tags.tolist() for tags in self._crf.decode(padded, mask)]

    def _parse(
        self, encoded: np.ndarray, starts: np.ndarray, lengths: np.ndarray
    ) -> tuple[list[list[int]], list[list[str]]]:
        """slovnet's biaffine head scorer and relation classifier."""
        padded, mask = self._padded(encoded, lengths)
        count, longest, dim = padded.shape
        # heads: a root vector before every sentence, scores of every (dependent, head) pair
        with_root = np.concatenate((np.broadcast_to(self._root, (count, 1, dim)), padded), axis=1)
        head = _relu_linear(with_root, self._head_ff[0])
        tail = _relu_linear(with_root, self._head_ff[1])
        scores = (head @ self._head_kernel) @ tail.swapaxes(-2, -1)
        scores = scores[:, 1:, :]
        allowed = np.concatenate((np.ones((count, 1), dtype=bool), mask), axis=1)  # the root and real words
        scores = np.where(allowed[:, None, :], scores, -np.inf)
        head_ids = scores.argmax(-1)  # 0 is the root, i the i-th word
        # relations: the vector of each word's chosen head (the root's own vector for the root)
        rel_root = np.concatenate((np.broadcast_to(self._rel_root, (count, 1, dim)), padded), axis=1)
        gathered = rel_root[np.arange(count)[:, None], head_ids]
        rel_head = _relu_linear(gathered[mask], self._rel_ff[0])
        rel_tail = _relu_linear(encoded, self._rel_ff[1])
        hidden = rel_tail.shape[1]
        rel_scores = (rel_head @ self._rel_kernel).reshape(len(rel_head), -1, hidden)
        rel_ids = np.einsum("nrh,nh->nr", rel_scores, rel_tail).argmax(-1).tolist()
        rel_names = self._rels
        heads, rels = [], []
        for number, length in enumerate(lengths.tolist()):
            start = int(starts[number])
            heads.append((head_ids[number, :length] - 1).tolist())
            rels.append([rel_names[rel] for rel in rel_ids[start: start + length]])
        return heads, rels


@lru_cache(maxsize=1)
def models() -> Models:
    return Models()
