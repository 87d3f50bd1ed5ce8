package org.homeward.content.media;

public enum MediaKind {
    IMAGE,
    AUDIO
}
